"use client";

import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ResourceJson } from "@/lib/query/types";
import { flattenTree, methodNames } from "./resource-tree-model";

export interface ResourceTreeProps {
  resources: ResourceJson[];
  selectedId: string | null;
  onSelect: (resourceId: string) => void;
}

export function ResourceTree({ resources, selectedId, onSelect }: ResourceTreeProps) {
  const nodes = flattenTree(resources);
  return (
    <Card title="Resources" description={`${resources.length} in this API`} className="self-start" bodyClassName="p-2">
      <ul role="tree" aria-label="Resources" className="flex flex-col gap-0.5">
        {nodes.map(({ resource, depth }) => {
          const selected = resource.id === selectedId;
          return (
            <li key={resource.id} role="treeitem" aria-selected={selected}>
              <button
                type="button"
                onClick={() => onSelect(resource.id)}
                data-testid={`resource-${resource.path}`}
                style={{ paddingLeft: 8 + depth * 16 }}
                className={cn(
                  "flex w-full items-center justify-between gap-2 rounded-md py-1.5 pr-2 text-left font-mono text-xs",
                  selected ? "bg-accent-50 text-accent-700" : "text-zinc-700 hover:bg-zinc-100",
                )}
              >
                <span className="truncate">{depth === 0 ? "/" : `/${resource.pathPart}`}</span>
                <span className="flex shrink-0 gap-1">
                  {methodNames(resource).map((name) => (
                    <span key={name} className="rounded bg-zinc-100 px-1 text-[10px] text-zinc-500">
                      {name}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

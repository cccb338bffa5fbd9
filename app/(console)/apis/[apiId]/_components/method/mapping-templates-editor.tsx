"use client";

import { useState } from "react";
import { CodeEditor } from "@/components/editors/code-editor";
import type { VelocityContext } from "@/components/editors/velocity/velocity-assist";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import { newRow, updateRow, type Row } from "@/components/ui/rows";
import type { MappingTemplate } from "./integration-draft";

const SUGGESTED = ["application/json", "application/x-www-form-urlencoded", "text/plain", "application/xml"];

export interface MappingTemplatesEditorProps {
  /** Prefix of element ids and test ids (several editors share a page). */
  idPrefix: string;
  templates: Row<MappingTemplate>[];
  onChange: (templates: Row<MappingTemplate>[]) => void;
  problems: Record<string, string>;
  velocity: VelocityContext;
  emptyText: string;
}

/** Mapping templates by content type: one tab per type, a Velocity editor for the selected one. */
export function MappingTemplatesEditor({ idPrefix, templates, onChange, problems, velocity, emptyText }: MappingTemplatesEditorProps) {
  const [selectedId, setSelectedId] = useState<string | null>(templates[0]?.id ?? null);
  const [newType, setNewType] = useState("");
  const selected = templates.find((t) => t.id === selectedId) ?? templates[0];

  function add() {
    const contentType = newType.trim() || SUGGESTED.find((type) => !templates.some((t) => t.value.contentType === type)) || "application/json";
    const row = newRow<MappingTemplate>({ contentType, template: "" });
    onChange([...templates, row]);
    setSelectedId(row.id);
    setNewType("");
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-1.5" role="tablist" aria-label="Content types">
        {templates.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={t.id === selected?.id}
            onClick={() => setSelectedId(t.id)}
            className={cn(
              "rounded-md border px-2 py-1 font-mono text-xs",
              t.id === selected?.id ? "border-accent-500 bg-accent-50 text-accent-700" : "border-zinc-200 text-zinc-600 hover:border-zinc-300",
              problems[t.id] && "border-red-400",
            )}
          >
            {t.value.contentType || "(no type)"}
          </button>
        ))}
        <div className="ml-auto flex items-center gap-1.5">
          <Input
            aria-label="New template content type"
            list={`${idPrefix}-types`}
            value={newType}
            onChange={(event) => setNewType(event.target.value)}
            placeholder="application/json"
            className="h-7 w-52 font-mono text-xs"
          />
          <datalist id={`${idPrefix}-types`}>
            {SUGGESTED.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
          <Button size="sm" variant="secondary" onClick={add}>
            Add template
          </Button>
        </div>
      </div>
      {!selected ? (
        <p className="text-xs text-zinc-500">{emptyText}</p>
      ) : (
        <div className="flex flex-col gap-1.5" role="tabpanel">
          <div className="flex items-center gap-2">
            <Input
              aria-label="Template content type"
              value={selected.value.contentType}
              onChange={(event) => onChange(updateRow(templates, selected.id, { contentType: event.target.value }))}
              className="h-7 w-64 font-mono text-xs"
            />
            <Button size="sm" variant="ghost" onClick={() => onChange(templates.filter((t) => t.id !== selected.id))} aria-label={`Remove the ${selected.value.contentType} template`}>
              Remove
            </Button>
            <span className="ml-auto text-[11px] text-zinc-400">Velocity · Ctrl+Space for $input, $util, $context, $stageVariables</span>
          </div>
          <CodeEditor
            key={selected.id}
            id={`${idPrefix}-${templates.indexOf(selected)}`}
            ariaLabel={`Mapping template for ${selected.value.contentType}`}
            language="velocity"
            velocity={velocity}
            value={selected.value.template}
            onChange={(template) => onChange(updateRow(templates, selected.id, { template }))}
            height={180}
            invalid={!!problems[selected.id]}
          />
          {problems[selected.id] && (
            <p role="alert" className="text-xs text-red-700">
              {problems[selected.id]}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

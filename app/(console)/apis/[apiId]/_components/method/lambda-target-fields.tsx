"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Field, Input, Select } from "@/components/ui/field";
import { errorMessage, fetchJson } from "@/lib/query/fetch-json";
import { functionsApi, useFunctions, type FunctionAliasJson, type FunctionJson } from "@/lib/query/functions";
import { queryKeys } from "@/lib/query/keys";
import type { LambdaTarget } from "./aws-uris";

const STAGE_VARIABLE = "__stage__";
const CUSTOM = "__custom__";

export interface LambdaTargetFieldsProps {
  target: LambdaTarget;
  onChange: (target: LambdaTarget) => void;
  problem?: string;
  stageVariables: readonly string[];
}

/** Function and qualifier (version, alias or a stage variable) of a Lambda integration, composing AWS's invocation URI. */
export function LambdaTargetFields({ target, onChange, problem, stageVariables }: LambdaTargetFieldsProps) {
  const functions = useFunctions();
  const known = functions.data?.some((f) => f.functionName === target.functionName) ?? false;
  const [customName, setCustomName] = useState(() => target.functionName !== "" && !known && !functions.isPending);
  const usesCustom = customName || (target.functionName !== "" && functions.isSuccess && !known);

  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
      <Field
        label="Function"
        htmlFor="lambda-function"
        error={problem}
        hint={
          functions.isError ? (
            `Could not list functions: ${errorMessage(functions.error)}`
          ) : functions.data?.length === 0 ? (
            <>
              No functions yet: <Link href="/functions" className="text-accent-700 underline">create one</Link>.
            </>
          ) : (
            "Functions of this Portico, invoked as AWS Lambda would."
          )
        }
      >
        {usesCustom ? (
          <div className="flex gap-2">
            <Input id="lambda-function" value={target.functionName} onChange={(event) => onChange({ ...target, functionName: event.target.value })} className="font-mono" placeholder="my-function or ${stageVariables.fn}" aria-invalid={!!problem} />
            <button type="button" className="text-xs text-accent-700 underline" onClick={() => (setCustomName(false), onChange({ ...target, functionName: "" }))}>
              List
            </button>
          </div>
        ) : (
          <Select
            id="lambda-function"
            value={target.functionName}
            disabled={functions.isPending}
            onChange={(event) => (event.target.value === CUSTOM ? setCustomName(true) : onChange({ ...target, functionName: event.target.value, qualifier: "" }))}
            aria-invalid={!!problem}
          >
            <option value="">{functions.isPending ? "Loading functions…" : "Choose a function"}</option>
            {functions.data?.map((f) => (
              <option key={f.functionName} value={f.functionName}>
                {f.functionName} ({f.runtime})
              </option>
            ))}
            <option value={CUSTOM}>Type a name or a stage variable…</option>
          </Select>
        )}
      </Field>
      <QualifierField target={target} onChange={onChange} stageVariables={stageVariables} />
      <p className="col-span-full truncate font-mono text-[11px] text-zinc-500" title="Invocation URI">
        arn:aws:lambda:{target.region}:{target.accountId}:function:{target.functionName || "…"}
        {target.qualifier ? `:${target.qualifier}` : ""}
      </p>
    </div>
  );
}

function QualifierField({ target, onChange, stageVariables }: Omit<LambdaTargetFieldsProps, "problem">) {
  const name = target.functionName && !target.functionName.includes("$") ? target.functionName : "";
  const versions = useFunctionVersionsIf(name);
  const aliases = useFunctionAliasesIf(name);
  const stageMatch = /^\$\{stageVariables\.(\w*)\}$/.exec(target.qualifier);
  const [stageMode, setStageMode] = useState(!!stageMatch);
  const listed = new Set(["", ...(versions ?? []).map((v) => v.version).filter((v) => v !== "$LATEST"), ...(aliases ?? []).map((a) => a.name)]);
  const selectValue = stageMode || stageMatch ? STAGE_VARIABLE : listed.has(target.qualifier) ? target.qualifier : target.qualifier ? CUSTOM : "";

  return (
    <Field label="Version or alias" htmlFor="lambda-qualifier" hint="A stage variable lets each stage call its own alias, e.g. ${stageVariables.alias}.">
      <div className="flex gap-2">
        <Select
          id="lambda-qualifier"
          value={selectValue}
          onChange={(event) => {
            const value = event.target.value;
            setStageMode(value === STAGE_VARIABLE);
            onChange({ ...target, qualifier: value === STAGE_VARIABLE ? `\${stageVariables.${stageVariables[0] ?? "alias"}}` : value === CUSTOM ? target.qualifier : value });
          }}
          className="min-w-0"
        >
          <option value="">$LATEST (unqualified)</option>
          {(aliases ?? []).map((a) => (
            <option key={`alias-${a.name}`} value={a.name}>
              alias {a.name} → {a.functionVersion}
            </option>
          ))}
          {(versions ?? [])
            .filter((v) => v.version !== "$LATEST")
            .map((v) => (
              <option key={`v-${v.version}`} value={v.version}>
                version {v.version}
              </option>
            ))}
          {selectValue === CUSTOM && <option value={CUSTOM}>{target.qualifier}</option>}
          <option value={STAGE_VARIABLE}>From a stage variable…</option>
        </Select>
        {selectValue === STAGE_VARIABLE && (
          <Input
            aria-label="Stage variable name"
            list="lambda-stage-variables"
            value={stageMatch?.[1] ?? ""}
            onChange={(event) => onChange({ ...target, qualifier: `\${stageVariables.${event.target.value.replace(/\W/g, "")}}` })}
            className="w-36 font-mono text-xs"
            placeholder="alias"
          />
        )}
        <datalist id="lambda-stage-variables">
          {stageVariables.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      </div>
    </Field>
  );
}

// Same keys as the Functions pages, so both share the cache; only asked for a name picked from the list.
function useFunctionVersionsIf(name: string) {
  return useQuery({
    queryKey: queryKeys.functions.detail(name).versions.list(),
    queryFn: ({ signal }) => fetchJson<{ items: FunctionJson[] }>(functionsApi.versions(name), { signal }),
    select: (data) => data.items,
    enabled: name !== "",
  }).data;
}

function useFunctionAliasesIf(name: string) {
  return useQuery({
    queryKey: queryKeys.functions.detail(name).aliases.list(),
    queryFn: ({ signal }) => fetchJson<{ items: FunctionAliasJson[] }>(functionsApi.aliases(name), { signal }),
    select: (data) => data.items,
    enabled: name !== "",
  }).data;
}

"use client";

import { Field, Input, Select } from "@/components/ui/field";
import { HTTP_METHODS } from "@/lib/domain/snapshot";
import type { AwsServiceTarget } from "./aws-uris";

export interface AwsServiceFieldsProps {
  target: AwsServiceTarget;
  httpMethod: string;
  onChange: (target: AwsServiceTarget) => void;
  onHttpMethodChange: (httpMethod: string) => void;
  problems: Record<string, string>;
}

/** AWS's "AWS service" integration: region, service, action or path override, and the HTTP method of the call. */
export function AwsServiceFields({ target, httpMethod, onChange, onHttpMethodChange, problems }: AwsServiceFieldsProps) {
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
      <Field label="AWS region" htmlFor="aws-region" error={problems["aws.region"]}>
        <Input id="aws-region" value={target.region} onChange={(event) => onChange({ ...target, region: event.target.value })} className="font-mono" aria-invalid={!!problems["aws.region"]} />
      </Field>
      <Field label="AWS service" htmlFor="aws-service" error={problems["aws.service"]} hint="Its endpoint prefix: sqs, dynamodb, s3, sns…">
        <Input id="aws-service" value={target.service} onChange={(event) => onChange({ ...target, service: event.target.value })} className="font-mono" placeholder="sqs" aria-invalid={!!problems["aws.service"]} />
      </Field>
      <Field label="AWS subdomain" htmlFor="aws-subdomain" hint="Optional, e.g. a bucket for S3.">
        <Input id="aws-subdomain" value={target.subdomain} onChange={(event) => onChange({ ...target, subdomain: event.target.value })} className="font-mono" />
      </Field>
      <Field label="HTTP method" htmlFor="aws-http-method" error={problems.httpMethod}>
        <Select id="aws-http-method" value={httpMethod} onChange={(event) => onHttpMethodChange(event.target.value)} className="font-mono">
          {HTTP_METHODS.filter((m) => m !== "ANY").map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Action type" htmlFor="aws-action-type">
        <Select id="aws-action-type" value={target.actionType} onChange={(event) => onChange({ ...target, actionType: event.target.value as AwsServiceTarget["actionType"] })}>
          <option value="action">Use action name</option>
          <option value="path">Use path override</option>
        </Select>
      </Field>
      <Field label={target.actionType === "action" ? "Action name" : "Path override"} htmlFor="aws-action" error={problems["aws.value"]}>
        <Input
          id="aws-action"
          value={target.value}
          onChange={(event) => onChange({ ...target, value: event.target.value })}
          className="font-mono"
          placeholder={target.actionType === "action" ? "SendMessage" : "bucket/{key}"}
          aria-invalid={!!problems["aws.value"]}
        />
      </Field>
    </div>
  );
}

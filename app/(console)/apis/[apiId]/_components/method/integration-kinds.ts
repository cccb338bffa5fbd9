import type { IntegrationKind } from "./integration-draft";

export const INTEGRATION_KINDS: { value: IntegrationKind; label: string; hint: string; save: string }[] = [
  { value: "MOCK", label: "Mock", hint: "Answer from the gateway, no backend.", save: "Save mock integration" },
  { value: "HTTP", label: "HTTP", hint: "Call an endpoint, mapping request and response.", save: "Save HTTP integration" },
  { value: "HTTP_PROXY", label: "HTTP proxy", hint: "Pass the request through to an endpoint.", save: "Save HTTP proxy integration" },
  { value: "LAMBDA", label: "Lambda function", hint: "Invoke a function of this Portico.", save: "Save Lambda integration" },
  { value: "AWS", label: "AWS service", hint: "Call an AWS API action or path, signed.", save: "Save AWS service integration" },
];

export const PASSTHROUGH: { value: string; label: string; hint: string }[] = [
  { value: "WHEN_NO_MATCH", label: "When no template matches", hint: "Bodies of other content types go to the backend unchanged." },
  { value: "WHEN_NO_TEMPLATES", label: "When there are no templates", hint: "Unchanged while no template is defined; with templates, others get 415." },
  { value: "NEVER", label: "Never", hint: "A content type without a template gets 415 Unsupported Media Type." },
];

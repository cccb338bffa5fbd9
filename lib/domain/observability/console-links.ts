/**
 * The console pages an explanation can send someone to (app/(console)/**), built from ids only so the domain
 * stays free of Next.js. The designer keeps its selection in the URL (?resource=…&method=…).
 */
const enc = encodeURIComponent;

export const consolePages = {
  designer: (apiId: string, resourceId?: string | null, httpMethod?: string | null) => {
    const base = `/apis/${enc(apiId)}`;
    if (!resourceId) return base;
    return `${base}?resource=${enc(resourceId)}${httpMethod ? `&method=${enc(httpMethod)}` : ""}`;
  },
  stage: (apiId: string, stageName: string) => `/apis/${enc(apiId)}/stages/${enc(stageName)}`,
  models: (apiId: string) => `/apis/${enc(apiId)}/models`,
  customers: () => "/customers",
  customer: (keyId: string) => `/customers/${enc(keyId)}`,
  usagePlans: () => "/usage-plans",
  functions: () => "/functions",
  function: (name: string) => `/functions/${enc(name)}`,
};

/** AWS's integration responseParameters that a runtime can apply without a backend: static header values. */

const HEADER_TARGET = "method.response.header.";

/**
 * Flat [name, value, ...] for `method.response.header.X: "'v'"` mappings. Mappings from the backend
 * (integration.response.header.*, integration.response.body.*) need an HTTP integration and are skipped here.
 */
export function responseHeaderValues(parameters: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  for (const [target, source] of Object.entries(parameters)) {
    if (!target.startsWith(HEADER_TARGET)) continue;
    if (source.length < 2 || !source.startsWith("'") || !source.endsWith("'")) continue;
    out.push(target.slice(HEADER_TARGET.length), source.slice(1, -1));
  }
  return out;
}

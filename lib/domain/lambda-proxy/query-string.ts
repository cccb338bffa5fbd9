/**
 * Query strings as AWS API Gateway hands them to a Lambda proxy: `+` is a space, `%XX` sequences are decoded
 * (AWS-validated: `?plus=test+alias` arrives as "test alias"), repeated names keep every value in order.
 */

/** [name, value] pairs in order; segments without a name are dropped, `?flag` has the value "". */
export function parseQueryString(raw: string): [string, string][] {
  const pairs: [string, string][] = [];
  const text = raw.startsWith("?") ? raw.slice(1) : raw;
  if (text === "") return pairs;
  for (const segment of text.split("&")) {
    if (segment === "") continue;
    const eq = segment.indexOf("=");
    const name = decodeComponent(eq < 0 ? segment : segment.slice(0, eq));
    if (name === "") continue;
    pairs.push([name, eq < 0 ? "" : decodeComponent(segment.slice(eq + 1))]);
  }
  return pairs;
}

/** Form decoding; a malformed escape (`%zz`, a lone `%`) is kept as written rather than failing the request. */
export function decodeComponent(text: string): string {
  const spaced = text.includes("+") ? text.replace(/\+/g, " ") : text;
  if (!spaced.includes("%")) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * AWS's API key file format (api-key-file-format): CSV with Name and Key columns (any case, any order) and
 * optional Description, Enabled and UsagePlanIds; other columns are ignored. UsagePlanIds is a comma-separated
 * list in double or single quotes. Missing values default to "" and Enabled to true. Row problems are warnings.
 */
import { parse } from "csv-parse/sync";
import { badRequest } from "../../errors";
import { apiKeyNameSchema, apiKeyValueSchema } from "../../schemas/api-key.schema";

export interface ImportRow {
  line: number;
  name: string;
  value: string;
  description: string;
  enabled: boolean;
  usagePlanIds: string[];
}

export function parseApiKeyCsv(csv: string): { rows: ImportRow[]; warnings: string[] } {
  // csv-parse knows one quote character; AWS also allows 'a,b' for UsagePlanIds, so those become "a,b" first.
  const text = csv.replace(/^\uFEFF/, "").replace(/(^|,)'([^'\r\n]*)'(?=,|\r?$)/gm, (_m, lead: string, inner: string) => `${lead}"${inner.replace(/"/g, '""')}"`);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][]; // parse() without columns yields rows of strings
  } catch (error) {
    throw badRequest(`Invalid API key file: ${error instanceof Error ? error.message : "not CSV"}`);
  }
  const [header, ...body] = records;
  if (!header) throw badRequest("Invalid API key file: it is empty.");
  const column = (name: string) => header.findIndex((h) => h.toLowerCase() === name);
  const at = { name: column("name"), key: column("key"), description: column("description"), enabled: column("enabled"), plans: column("usageplanids") };
  if (at.name < 0 || at.key < 0) throw badRequest("Invalid API key file: the Name and Key columns are required.");
  const rows: ImportRow[] = [];
  const warnings: string[] = [];
  body.forEach((record, index) => {
    const line = index + 2;
    const cell = (i: number) => (i >= 0 ? (record[i] ?? "") : "");
    const problem = rowProblem(cell(at.name), cell(at.key), cell(at.enabled));
    if (problem) {
      warnings.push(`Line ${line}: ${problem}`);
      return;
    }
    rows.push({
      line,
      name: cell(at.name),
      value: cell(at.key),
      description: cell(at.description),
      enabled: cell(at.enabled) === "" || cell(at.enabled).toLowerCase() === "true",
      usagePlanIds: cell(at.plans).split(",").map((id) => id.trim()).filter(Boolean),
    });
  });
  return { rows, warnings };
}

function rowProblem(name: string, value: string, enabled: string): string | null {
  const checkedName = apiKeyNameSchema.safeParse(name);
  if (!checkedName.success) return checkedName.error.issues[0]?.message ?? "Invalid name.";
  const checkedValue = apiKeyValueSchema.safeParse(value);
  if (!checkedValue.success) return checkedValue.error.issues[0]?.message ?? "Invalid key value.";
  if (enabled !== "" && !/^(true|false)$/i.test(enabled)) return `Enabled must be true or false, not '${enabled}'.`;
  return null;
}

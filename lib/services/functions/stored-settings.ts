/**
 * Settings a function has that the schema has no column for (Role, Architectures, the last version number
 * ever published), kept beside the environment variables in the `environment` JSON column:
 * `{ "variables": {...}, "role": "...", "architectures": ["x86_64"], "lastVersion": 3 }`.
 * A flat { NAME: value } map (an older or hand-written row) still reads as the variables.
 */
import { asStringArray, asStringMap } from "../json";

export interface StoredSettings {
  variables: Record<string, string>;
  role: string;
  architectures: string[];
  /** $LATEST only: Lambda never reuses a version number, even after the version is deleted. */
  lastVersion?: number;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function readStoredSettings(value: unknown): StoredSettings {
  if (isObject(value) && isObject(value.variables)) {
    const architectures = asStringArray(value.architectures);
    return {
      variables: asStringMap(value.variables),
      role: typeof value.role === "string" ? value.role : "",
      architectures: architectures.length ? architectures : ["x86_64"],
      ...(typeof value.lastVersion === "number" ? { lastVersion: value.lastVersion } : {}),
    };
  }
  return { variables: asStringMap(value), role: "", architectures: ["x86_64"] };
}

export function storedSettingsJson(settings: StoredSettings): { variables: Record<string, string>; role: string; architectures: string[]; lastVersion?: number } {
  return {
    variables: settings.variables,
    role: settings.role,
    architectures: settings.architectures,
    ...(settings.lastVersion !== undefined ? { lastVersion: settings.lastVersion } : {}),
  };
}

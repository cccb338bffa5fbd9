/** AWS's UsagePlanKey: the key's id, type, name and value (AWS shows the value in this shape). */
import { notFound } from "../../errors";

export interface UsagePlanKeyView {
  id: string;
  type: "API_KEY";
  name: string;
  value: string;
}

export const toUsagePlanKeyView = (key: { id: string; name: string; value: string }): UsagePlanKeyView => ({
  id: key.id,
  type: "API_KEY",
  name: key.name,
  value: key.value,
});

export const usagePlanKeyNotFound = () => notFound("Invalid Usage Plan Key identifier specified");

import { findApiKeyRowOrThrow, toApiKeyView, type ApiKeyView } from "./api-key-view";

/** GetApiKey; includeValue as AWS's query parameter of that name. */
export async function getApiKeyOrThrow(keyId: string, opts: { includeValue?: boolean } = {}): Promise<ApiKeyView> {
  return toApiKeyView(await findApiKeyRowOrThrow(keyId), opts.includeValue === true);
}

/** The console's reveal: the value alone. */
export async function getApiKeyValue(keyId: string): Promise<{ value: string }> {
  return { value: (await findApiKeyRowOrThrow(keyId)).value };
}

/** A REST API as services return it, for tests of what is built from one (snapshots, wire shapes). */
import type { RestApiView } from "../views";

export function restApiView(overrides: Partial<RestApiView> = {}): RestApiView {
  return {
    id: "abcdefghij",
    name: "pets",
    description: "",
    apiType: "REST",
    apiKeySource: "HEADER",
    endpointConfiguration: { types: ["EDGE"] },
    binaryMediaTypes: [],
    disableExecuteApiEndpoint: false,
    tags: {},
    createdDate: new Date(0),
    rootResourceId: "root000000",
    ...overrides,
  };
}

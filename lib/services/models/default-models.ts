/**
 * The two models AWS adds to every new REST API: "Empty" (what most method responses name) and "Error".
 * Texts as AWS writes them, so exports and Terraform state read the same as on AWS.
 */
export const DEFAULT_MODELS = [
  {
    name: "Empty",
    description: "This is a default empty schema model",
    contentType: "application/json",
    schema: '{\n  "$schema": "http://json-schema.org/draft-04/schema#",\n  "title" : "Empty Schema",\n  "type" : "object"\n}',
  },
  {
    name: "Error",
    description: "This is a default error schema model",
    contentType: "application/json",
    schema:
      '{\n  "$schema" : "http://json-schema.org/draft-04/schema#",\n  "title" : "Error Schema",\n  "type" : "object",\n  "properties" : {\n    "message" : { "type" : "string" }\n  }\n}',
  },
] as const;

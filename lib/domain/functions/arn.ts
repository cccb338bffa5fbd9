/**
 * AWS Lambda function ARNs (`arn:aws:lambda:{region}:{account}:function:{name}[:{qualifier}]`) and the three
 * FunctionName forms Lambda accepts in requests: a name, a partial ARN (`{account}:function:{name}`) and a
 * full ARN, each optionally followed by `:{qualifier}`.
 */

export interface FunctionPlace {
  region: string;
  accountId: string;
}

export interface FunctionLocator {
  name: string;
  qualifier?: string;
  account?: string;
  region?: string;
}

/** Lambda's FunctionName pattern from the API reference, as its validation errors quote it. */
export const FUNCTION_NAME_PATTERN_TEXT =
  "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

// The accepted forms, anchored, with the parts named. Lambda's published pattern makes every part optional, which
// would read "fn-abc-1:live" as region "fn-abc-1" and name "live"; a region and an account only come with the
// "arn:...:function:" or "{account}:function:" prefix, as in every form Lambda documents.
const FUNCTION_NAME =
  /^(?:arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d):(?<account>\d{12}):function:|(?<partialAccount>\d{12}):function:)?(?<name>[a-zA-Z0-9_-]+)(?::(?<qualifier>\$LATEST|[a-zA-Z0-9_-]+))?$/;

export function functionArn(place: FunctionPlace, name: string, qualifier?: string): string {
  const arn = `arn:aws:lambda:${place.region}:${place.accountId}:function:${name}`;
  return qualifier ? `${arn}:${qualifier}` : arn;
}

/** Splits any accepted FunctionName form into its parts; null when it is none of them. */
export function parseFunctionName(value: string): FunctionLocator | null {
  const match = FUNCTION_NAME.exec(value);
  const groups = match?.groups;
  if (!groups?.name) return null;
  return {
    name: groups.name,
    ...(groups.qualifier ? { qualifier: groups.qualifier } : {}),
    ...(groups.account || groups.partialAccount ? { account: groups.account || groups.partialAccount } : {}),
    ...(groups.region ? { region: groups.region } : {}),
  };
}

/**
 * The draft 4 `format` values AWS API Gateway's validator checks (it runs the Java json-schema-validator), with
 * that library's messages. The checks are approximations of Java's parsers, strict enough for the usual cases.
 */

export interface FormatCheck {
  test: (value: string) => boolean;
  message: (value: string) => string;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,12})?(Z|[+-]\d{2}:?\d{2})$/;
const HOSTNAME_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 59;
}

function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 255) return false;
  return value.split(".").every((label) => HOSTNAME_LABEL.test(label));
}

function isIpv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value)) return false;
  let text = value;
  if (text.includes(".")) {
    // An embedded IPv4 tail ("::ffff:10.0.0.1") stands for the last two groups.
    const lastColon = text.lastIndexOf(":");
    if (!IPV4.test(text.slice(lastColon + 1))) return false;
    text = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return false;
  const groups = (part: string): string[] => (part === "" ? [] : part.split(":"));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? all.length < 8 : all.length === 8;
}

function isUri(value: string): boolean {
  // java.net.URI accepts relative references; it rejects spaces, controls and broken percent escapes.
  return value.length > 0 && !/[\s\u0000-\u001f"<>\\^`{|}]/.test(value) && !/%(?![0-9A-Fa-f]{2})/.test(value);
}

export const FORMAT_CHECKS: Readonly<Record<string, FormatCheck>> = {
  "date-time": {
    test: isDateTime,
    message: (v) =>
      `string "${v}" is invalid against requested date format(s) [yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]`,
  },
  email: { test: (v) => /^[^\s@]+@[^\s@]+$/.test(v), message: (v) => `string "${v}" is not a valid email address` },
  hostname: { test: isHostname, message: (v) => `string "${v}" is not a valid hostname` },
  ipv4: { test: (v) => IPV4.test(v), message: (v) => `string "${v}" is not a valid IPv4 address` },
  ipv6: { test: isIpv6, message: (v) => `string "${v}" is not a valid IPv6 address` },
  uri: { test: isUri, message: (v) => `string "${v}" is not a valid URI` },
};

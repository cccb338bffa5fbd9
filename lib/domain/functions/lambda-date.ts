/** Lambda writes LastModified as ISO-8601 with milliseconds and a "+0000" offset: 2026-11-21T19:00:00.000+0000. */
export function formatLambdaDate(date: Date): string {
  return date.toISOString().replace(/Z$/, "+0000");
}

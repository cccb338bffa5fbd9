/** `$util` with the outputs of the Java functions behind it. */
import { GUIDE, type CorpusCase } from "./case";

const REF = `${GUIDE}api-gateway-mapping-template-reference.html`;
const LANG = "https://commons.apache.org/proper/commons-lang/javadocs/api-2.6/org/apache/commons/lang/StringEscapeUtils.html#escapeJavaScript(java.lang.String)";
const URL_ENCODER = "https://docs.oracle.com/javase/8/docs/api/java/net/URLEncoder.html";
const URL_DECODER = "https://docs.oracle.com/javase/8/docs/api/java/net/URLDecoder.html";
const BASE64 = "https://www.rfc-editor.org/rfc/rfc4648#section-4";

export const UTIL_CASES: CorpusCase[] = [
  {
    name: "escapeJavaScript turns ' into \\' (which JSON does not accept)",
    source: REF,
    template: "$util.escapeJavaScript($input.path('$.s'))",
    body: `{"s": "it's"}`,
    expect: { output: "it\\'s" },
  },
  {
    name: "escapeJavaScript: He didn't say, \"Stop!\" (the commons-lang example)",
    source: LANG,
    template: "$util.escapeJavaScript($input.path('$.s'))",
    body: JSON.stringify({ s: 'He didn\'t say, "Stop!"' }),
    expect: { output: 'He didn\\\'t say, \\"Stop!\\"' },
  },
  {
    name: "escapeJavaScript escapes backslash, slash, control characters and everything past U+007F",
    source: LANG,
    template: "$util.escapeJavaScript($input.path('$.s'))",
    body: JSON.stringify({ s: "a\\b/c\nd\te\u0001 é €" }),
    expect: { output: "a\\\\b\\/c\\nd\\te\\u0001 \\u00E9 \\u20AC" },
  },
  {
    name: "escapeJavaScript of the JSON body quotes it for embedding",
    source: REF,
    template: "$util.escapeJavaScript($input.json('$'))",
    body: '{"a": "b"}',
    expect: { output: '{\\"a\\":\\"b\\"}' },
  },
  {
    name: "urlEncode: space becomes +, only A-Z a-z 0-9 . - * _ stay",
    source: URL_ENCODER,
    template: "$util.urlEncode($input.path('$.s'))",
    body: JSON.stringify({ s: "a b&c=d/e?f~g*h-i_j.k" }),
    expect: { output: "a+b%26c%3Dd%2Fe%3Ff%7Eg*h-i_j.k" },
  },
  {
    name: "urlEncode encodes UTF-8 bytes with upper-case hex",
    source: URL_ENCODER,
    template: "$util.urlEncode('café ☕')",
    expect: { output: "caf%C3%A9+%E2%98%95" },
  },
  {
    name: "urlDecode: + is a space and %XX runs are UTF-8",
    source: URL_DECODER,
    template: "$util.urlDecode('caf%C3%A9+%E2%98%95%21')",
    expect: { output: "café ☕!" },
  },
  {
    name: "urlDecode rejects an incomplete escape like Java's URLDecoder",
    source: URL_DECODER,
    template: "ok\n$util.urlDecode('100%')",
    expect: { error: "runtime", message: /Incomplete trailing escape/, line: 2 },
  },
  {
    name: "base64Encode of UTF-8 text, padded",
    source: BASE64,
    template: "$util.base64Encode('Hello, World!') $util.base64Encode('é')",
    expect: { output: "SGVsbG8sIFdvcmxkIQ== w6k=" },
  },
  {
    name: "base64Decode back to UTF-8 text",
    source: BASE64,
    template: "$util.base64Decode('SGVsbG8sIFdvcmxkIQ==') $util.base64Decode('w6k=')",
    expect: { output: "Hello, World! é" },
  },
  {
    name: "parseJson of an array gives a list",
    source: REF,
    template: "#set($list = $util.parseJson('[1, 2, 3]'))$list.size() $list.get(2) $list",
    expect: { output: "3 3 [1,2,3]" },
  },
  {
    name: "parseJson of an object gives a map that prints as Java prints maps",
    source: REF,
    template: `#set($o = $util.parseJson($input.body))$o.name $o.tags.size() $o`,
    body: '{"name": "x", "tags": ["a", "b"]}',
    expect: { output: 'x 2 {name=x, tags=["a","b"]}' },
  },
  {
    name: "$util functions return null for null (and AWS prints nothing)",
    source: REF,
    template: "[$util.escapeJavaScript($nothing)][$util.urlEncode($input.path('$.none'))]",
    body: "{}",
    expect: { output: "[][]" },
  },
];

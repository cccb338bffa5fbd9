/** Java String, List and Map methods as templates call them on API Gateway. */
import { GUIDE, JAVA_STRING, type CorpusCase } from "./case";

const JAVA_LIST = "https://docs.oracle.com/javase/8/docs/api/java/util/List.html";
const JAVA_MAP = "https://docs.oracle.com/javase/8/docs/api/java/util/Map.html";
const JAVA_MATCHER = "https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html#appendReplacement-java.lang.StringBuffer-java.lang.String-";

export const JAVA_CASES: CorpusCase[] = [
  {
    name: "length, substring, indexOf, lastIndexOf, charAt",
    source: JAVA_STRING,
    template: "#set($s = 'Hello World')$s.length() $s.substring(6) $s.substring(0, 5) $s.indexOf('o') $s.lastIndexOf('o') $s.charAt(4)",
    expect: { output: "11 World Hello 4 7 o" },
  },
  {
    name: "contains, startsWith, endsWith, equals, equalsIgnoreCase, isEmpty",
    source: JAVA_STRING,
    template: "#set($s = 'Bearer abc')$s.contains('abc') $s.startsWith('Bearer ') $s.endsWith('x') $s.equals('Bearer abc') $s.equalsIgnoreCase('BEARER ABC') $s.isEmpty() ''.isEmpty()",
    expect: { output: "true true false true true false ''.isEmpty()" },
  },
  {
    name: "toUpperCase, toLowerCase and Java's trim (only characters up to U+0020)",
    source: JAVA_STRING,
    template: "#set($s = \"\t Mixed Case \n\")[$s.trim().toUpperCase()][$s.trim().toLowerCase()]",
    expect: { output: "[MIXED CASE][mixed case]" },
  },
  {
    name: "replaceAll with Java group references ($2, $1)",
    source: JAVA_MATCHER,
    template: "$input.path('$.name').replaceAll('(\\w+) (\\w+)', '$2, $1')",
    body: '{"name": "John Smith"}',
    expect: { output: "Smith, John" },
  },
  {
    name: "replaceAll with \\s+ strips whitespace; replaceFirst changes only the first match",
    source: JAVA_STRING,
    template: "$input.path('$.s').replaceAll('\\s+', '') $input.path('$.s').replaceFirst('\\s', '_')",
    body: '{"s": "a b\\t c"}',
    expect: { output: "abc a_b\t c" },
  },
  {
    name: "replace is literal: dots are not regex wildcards",
    source: JAVA_STRING,
    template: "#set($s = 'a.b.c')$s.replace('.', '/') $s.replaceAll('.', '-')",
    expect: { output: "a/b/c -----" },
  },
  {
    name: "split drops trailing empty strings but keeps leading ones",
    source: JAVA_STRING,
    template: "#set($s = 'a,b,,')#set($t = ',a')#set($p = $s.split(','))#set($q = $t.split(','))$p.size() $p $q.size() [$q.get(0)]",
    expect: { output: "2 [a, b] 2 []" },
  },
  {
    name: "split with a negative limit keeps trailing empty strings",
    source: JAVA_STRING,
    template: "#set($s = 'a,b,,')#set($kv = 'k=v=w')#set($p = $s.split(',', -1))#set($r = $kv.split('=', 2))$p.size() $r.get(1)",
    expect: { output: "4 v=w" },
  },
  {
    name: "splitting a form-encoded body into key/value pairs",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: `{
#foreach($pair in $input.body.split('&'))
#set($kv = $pair.split('='))
  "$util.urlDecode($kv[0])": "$util.urlDecode($kv[1])"#if($foreach.hasNext),#end

#end
}`,
    body: "name=Jane+Doe&city=S%C3%A3o+Paulo",
    expect: { json: { name: "Jane Doe", city: "São Paulo" } },
  },
  {
    name: "matches must match the whole string",
    source: JAVA_STRING,
    template: "#set($s = 'abc123')$s.matches('[a-z]+') $s.matches('[a-z]+\\d+') $s.matches('b.*')",
    expect: { output: "false true false" },
  },
  {
    name: "List: size, get, isEmpty, contains, indexOf on a JSON array",
    source: JAVA_LIST,
    template: "#set($l = $input.path('$.tags'))$l.size() $l.get(1) $l.isEmpty() $l.contains('b') $l.contains('z') $l.indexOf('c') $l[0]",
    body: '{"tags": ["a", "b", "c"]}',
    expect: { output: "3 b false true false 2 a" },
  },
  {
    name: "List.add returns true, which Velocity prints",
    source: JAVA_LIST,
    template: "#set($l = [])#set($ignored = $l.add('y'))$l.add('x') $l $l.size()",
    expect: { output: "true [y, x] 2" },
  },
  {
    name: "Map: keySet, get, containsKey, size, isEmpty, values",
    source: JAVA_MAP,
    template: "#set($m = $input.path('$'))$m.keySet() $m.get('b') $m.containsKey('a') $m.containsKey('z') $m.size() $m.isEmpty() $m.values()",
    body: '{"a": 1, "b": "two"}',
    expect: { output: "[a, b] two true false 2 false [1, two]" },
  },
  {
    name: "Map.entrySet gives entries with key and value",
    source: JAVA_MAP,
    template: "#foreach($e in $input.path('$').entrySet())$e.key=$e.value;$e.getKey()#end",
    body: '{"a": 1, "b": "two"}',
    expect: { output: "a=1;ab=two;b" },
  },
  {
    name: "Map.put returns the previous value (null prints nothing) and #set on a map path puts",
    source: JAVA_MAP,
    template: "#set($m = {})[$m.put('k', 'v1')][$m.put('k', 'v2')]#set($m.other = 3)$m",
    expect: { output: "[][v1]{k=v2, other=3}" },
  },
  {
    name: "substring past the end throws StringIndexOutOfBoundsException on its line",
    source: JAVA_STRING,
    template: "#set($s = 'abc')\nfine\n$s.substring(5)",
    expect: { error: "runtime", message: /StringIndexOutOfBoundsException/, line: 3 },
  },
  {
    name: "a method Java does not have yields null, printed as nothing",
    source: JAVA_STRING,
    template: "[$input.path('$.s').noSuchMethod()][$input.path('$.s').substring('1')]",
    body: '{"s": "abc"}',
    expect: { output: "[][]" },
  },
];

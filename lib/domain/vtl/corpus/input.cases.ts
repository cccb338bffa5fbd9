/**
 * `$input` as AWS behaves: results observed against AWS by LocalStack's validated tests and by the
 * api-gateway-mapping-template project (which recorded real API Gateway responses), plus the guide.
 */
import { GUIDE, type CorpusCase } from "./case";

const LOCALSTACK = "https://github.com/localstack/localstack/blob/main/localstack-core/localstack/services/apigateway/next_gen/execute_api/template_mapping.py";
const LOCALSTACK_EMPTY_BODY = "https://github.com/localstack/localstack/pull/12413";
const RECORDED = "https://github.com/ToQoz/api-gateway-mapping-template/blob/master/test/_.md";
const SLS_OFFLINE = "https://github.com/dherault/serverless-offline#velocity-nuances";
const JAYWAY = "https://github.com/json-path/JsonPath";
const REF = `${GUIDE}api-gateway-mapping-template-reference.html`;
const PETS = '{"pets": [{"id": 1, "type": "dog", "price": 249.99}, {"id": 2, "type": "cat", "price": 124.99}, {"id": 3, "type": "fish", "price": 0.99}]}';

export const INPUT_CASES: CorpusCase[] = [
  {
    name: "$input.path('$') prints a JSON object as a Java map and its arrays as JSON",
    source: LOCALSTACK,
    template: "$input.path('$')",
    body: '{"a": 1, "b": [{"c": 5}]}',
    expect: { output: '{a=1, b=[{"c":5}]}' },
  },
  {
    name: "$input.path('$') of an empty object prints {}",
    source: RECORDED,
    template: `"$input.path('$')"`,
    body: "{}",
    expect: { output: '"{}"' },
  },
  {
    name: "$input.path('$') of a JSON string is the string",
    source: RECORDED,
    template: `"$input.path('$')"`,
    body: '"{}"',
    expect: { output: '"{}"' },
  },
  {
    name: "a payload that is not JSON reads as one string through $input.path",
    source: RECORDED,
    template: `{"name": "$input.path('$')"}`,
    body: "name=toqoz",
    expect: { json: { name: "name=toqoz" } },
  },
  {
    name: "a payload that is not JSON reads as a JSON string through $input.json",
    source: RECORDED,
    template: "$input.json('$')",
    body: "a=b",
    expect: { output: '"a=b"' },
  },
  {
    name: "an empty payload reads as {} through $input.json('$')",
    source: RECORDED,
    template: "$input.json('$')",
    body: "",
    expect: { output: "{}" },
  },
  {
    name: "an empty payload reads as {} through $input.body",
    source: LOCALSTACK_EMPTY_BODY,
    template: "$input.body|$util.urlEncode($input.body)",
    body: "",
    expect: { output: "{}|%7B%7D" },
  },
  {
    name: "an unterminated object fails with 400 Could not process payload",
    source: RECORDED,
    template: `"$input.path('$')"`,
    body: "{a",
    expect: { error: "runtime", message: /Could not process payload/, httpStatus: 400 },
  },
  {
    name: "$input.body is the raw text, untouched",
    source: REF,
    template: "$input.body",
    body: '{ "a" : 1.50 }',
    expect: { output: '{ "a" : 1.50 }' },
  },
  {
    name: "$input.json re-serialises compactly, doubles as Java prints them",
    source: REF,
    template: "$input.json('$')",
    body: '{ "a" : 1.50, "b" : [ true, null, "x" ], "c": 10.0 }',
    expect: { output: '{"a":1.5,"b":[true,null,"x"],"c":10.0}' },
  },
  {
    name: "$input.path values keep their JSON types: AWS prints \"1\" inside quotes, a number can do arithmetic",
    source: SLS_OFFLINE,
    template: `#set($next = $input.path('$.id') + 1)
{"id_json": $input.json('$.id'), "id_path": "$input.path('$').id", "next": $next}`,
    body: '{"id": 1}',
    expect: { json: { id_json: 1, id_path: "1", next: 2 } },
  },
  {
    name: "prices compare numerically against a cutoff of 100 (complex mapping template)",
    source: `${GUIDE}models-mappings.html`,
    template: `#set($inputRoot = $input.path('$.pets'))
#set($cheap = 100)
[
#foreach($elem in $inputRoot)
 {
#set($name = "\${elem.type}number$elem.id")
    "$name" : $elem.price,
    #if($elem.price > $cheap )#set($affordable = 'no')#else#set($affordable = 'yes')#end
    "affordable" : "$affordable"
 }#if($foreach.hasNext),#end
#end
]`,
    body: PETS,
    expect: {
      json: [
        { dognumber1: 249.99, affordable: "no" },
        { catnumber2: 124.99, affordable: "no" },
        { fishnumber3: 0.99, affordable: "yes" },
      ],
    },
  },
  {
    name: "a wildcard path gives a list that prints as JSON",
    source: JAYWAY,
    template: "$input.path('$.pets[*].type')|$input.json('$.pets[*].id')",
    body: PETS,
    expect: { output: '["dog","cat","fish"]|[1,2,3]' },
  },
  {
    name: "a filter selects pets cheaper than 100",
    source: JAYWAY,
    template: "$input.path('$.pets[?(@.price < 100)]').size() $input.json('$.pets[?(@.type == \"fish\")].id')",
    body: PETS,
    expect: { output: "1 [3]" },
  },
  {
    name: "deep scan, negative index and slice",
    source: JAYWAY,
    template: "$input.json('$..id') $input.path('$.pets[-1].type') $input.json('$.pets[0:2].type')",
    body: PETS,
    expect: { output: '[1,2,3] fish ["dog","cat"]' },
  },
  {
    name: "$input.params(x) searches path, then query string, then header",
    source: REF,
    template: "$input.params('id') $input.params('q') $input.params('h')",
    path: { id: "from-path" },
    querystring: { id: "from-query", q: "from-query" },
    header: { id: "from-header", q: "from-header", h: "from-header" },
    expect: { output: "from-path from-query from-header" },
  },
  {
    name: "$input.params(x) of an absent parameter is an empty string",
    source: REF,
    template: "[$input.params('nope')]#if($input.params('nope') == '') empty#end",
    expect: { output: "[] empty" },
  },
  {
    name: "$input.params().header.get(x) reads one header map",
    source: REF,
    template: "$input.params().header.get('User-Agent') $input.params().querystring.size()",
    header: { "User-Agent": "curl/8" },
    querystring: { a: "1", b: "2" },
    expect: { output: "curl/8 2" },
  },
];

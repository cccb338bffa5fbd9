/** Templates from the guide's $context examples, integration tutorials, overrides, stage variables and authorizers. */
import { GUIDE, type CorpusCase } from "./case";

const KINESIS = `${GUIDE}integrating-api-with-aws-services-kinesis.html`;
const OVERRIDE = `${GUIDE}apigateway-override-request-response-parameters.html`;
const MOCK = `${GUIDE}how-to-mock-integration.html`;
const CREATE_STREAM = `{
    "ShardCount": #if($input.path('$.ShardCount') == '') 5 #else $input.path('$.ShardCount') #end,
    "StreamName": "$input.params('stream-name')"
}`;
const SCOPE_TEMPLATE = `{
  #if( $input.params('scope') == "internal" )
    "statusCode": 200
  #else
    "statusCode": 500
  #end
}`;

export const AWS_INTEGRATION_CASES: CorpusCase[] = [
  {
    name: "maps $context variables to backend names",
    source: `${GUIDE}api-gateway-mapping-variable-examples.html`,
    template: `{
    "stage" : "$context.stage",
    "request_id" : "$context.requestId",
    "api_id" : "$context.apiId",
    "resource_path" : "$context.resourcePath",
    "resource_id" : "$context.resourceId",
    "http_method" : "$context.httpMethod",
    "source_ip" : "$context.identity.sourceIp",
    "user-agent" : "$context.identity.userAgent",
    "account_id" : "$context.identity.accountId",
    "api_key" : "$context.identity.apiKey",
    "caller" : "$context.identity.caller",
    "user" : "$context.identity.user",
    "user_arn" : "$context.identity.userArn"
}`,
    context: {
      stage: "prod",
      requestId: "abcdefg-000-000-0000-abcdefg",
      apiId: "abcd1234",
      resourcePath: "/",
      resourceId: "efg567",
      httpMethod: "GET",
      identity: {
        sourceIp: "192.0.2.1",
        userAgent: "curl/7.84.0",
        accountId: "111122223333",
        apiKey: "MyTestKey",
        caller: "ABCD-0000-12345",
        user: "ABCD-0000-12345",
        userArn: "arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar",
      },
    },
    expect: {
      json: {
        stage: "prod",
        request_id: "abcdefg-000-000-0000-abcdefg",
        api_id: "abcd1234",
        resource_path: "/",
        resource_id: "efg567",
        http_method: "GET",
        source_ip: "192.0.2.1",
        "user-agent": "curl/7.84.0",
        account_id: "111122223333",
        api_key: "MyTestKey",
        caller: "ABCD-0000-12345",
        user: "ABCD-0000-12345",
        user_arn: "arn:aws:sts::111122223333:assumed-role/Admin/carlos-salazar",
      },
    },
  },
  {
    name: "mock integration: a static request template returns {\"statusCode\": 200}",
    source: MOCK,
    template: '{"statusCode": 200}',
    expect: { output: '{"statusCode": 200}' },
  },
  {
    name: "mock integration: scope=internal selects status 200",
    source: MOCK,
    template: SCOPE_TEMPLATE,
    querystring: { scope: "internal" },
    expect: { json: { statusCode: 200 } },
  },
  {
    name: "mock integration: any other scope selects status 500",
    source: MOCK,
    template: SCOPE_TEMPLATE,
    querystring: { scope: "external" },
    expect: { json: { statusCode: 500 } },
  },
  {
    name: "Kinesis PutRecord: base64 of the JSON text of Data, partition key from the body",
    source: KINESIS,
    template: `{
    "StreamName": "$input.params('stream-name')",
    "Data": "$util.base64Encode($input.json('$.Data'))",
    "PartitionKey": "$input.path('$.PartitionKey')"
}`,
    path: { "stream-name": "myStream" },
    body: '{"Data": "some data", "PartitionKey": "some key"}',
    // $input.json('$.Data') is the JSON string "\"some data\"", quotes included.
    expect: { json: { StreamName: "myStream", Data: "InNvbWUgZGF0YSI=", PartitionKey: "some key" } },
  },
  {
    name: "Kinesis PutRecords: one record per element, $elem.partition-key reads a hyphenated key",
    source: KINESIS,
    template: `{
    "StreamName": "$input.params('stream-name')",
    "Records": [
       #foreach($elem in $input.path('$.records'))
          {
            "Data": "$util.base64Encode($elem.data)",
            "PartitionKey": "$elem.partition-key"
          }#if($foreach.hasNext),#end
        #end
    ]
}`,
    path: { "stream-name": "myStream" },
    body: '{"records": [{"data": "some data", "partition-key": "some key"}, {"data": "some other data", "partition-key": "some key"}]}',
    expect: {
      json: {
        StreamName: "myStream",
        Records: [
          { Data: "c29tZSBkYXRh", PartitionKey: "some key" },
          { Data: "c29tZSBvdGhlciBkYXRh", PartitionKey: "some key" },
        ],
      },
    },
  },
  {
    name: "Kinesis CreateStream: the client's ShardCount is used when given",
    source: KINESIS,
    template: CREATE_STREAM,
    path: { "stream-name": "s1" },
    body: '{"ShardCount": 3}',
    expect: { json: { ShardCount: 3, StreamName: "s1" } },
  },
  {
    name: "Kinesis CreateStream: ShardCount defaults to 5 when absent ($input.path of a missing field == '')",
    source: KINESIS,
    template: CREATE_STREAM,
    path: { "stream-name": "s1" },
    body: "{}",
    expect: { json: { ShardCount: 5, StreamName: "s1" } },
  },
  {
    name: "response override: status 400 when the body contains an error, body passed through",
    source: OVERRIDE,
    template: `#set($inputRoot = $input.path('$'))
$input.json("$")
#if($inputRoot.toString().contains("error"))
#set($context.responseOverride.status = 400)
#end`,
    body: '{"errors": [{"key": "GetPetRequest.petId", "message": "The value is out of range."}]}',
    expect: { json: { errors: [{ key: "GetPetRequest.petId", message: "The value is out of range." }] } },
    responseOverride: { status: 400, header: {} },
  },
  {
    name: "request override: header3 joins header1 and header2, header1 becomes foo",
    source: OVERRIDE,
    template: `#set($header1Override = "foo")
#set($header3Value = "$input.params('header1')$input.params('header2')")
$input.json("$")
#set($context.requestOverride.header.header3 = $header3Value)
#set($context.requestOverride.header.header1 = $header1Override)`,
    header: { header1: "header1Val", header2: "header2Val" },
    expect: { output: "{}\n" },
    requestOverride: { header: { header3: "header1Valheader2Val", header1: "foo" }, querystring: {}, path: {} },
  },
  {
    name: "overrides are final: overriding the same parameter twice fails (AWS answers 5XX)",
    source: OVERRIDE,
    template: `#set($context.requestOverride.header.h = "a")
#set($context.requestOverride.header.h = "b")`,
    expect: { error: "runtime", message: /already overridden/, line: 2 },
  },
  {
    name: "request override of query string and path parameters",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: `#set($context.requestOverride.querystring.page = "2")
#set($context.requestOverride.path.petId = $input.params('id'))
ok`,
    path: { id: "42" },
    expect: { output: "ok" },
    requestOverride: { header: {}, querystring: { page: "2" }, path: { petId: "42" } },
  },
  {
    name: "response override of a hyphenated header and a status read from the body",
    source: OVERRIDE,
    template: `#set($context.responseOverride.header.Access-Control-Allow-Origin = "*")
#set($context.responseOverride.status = $input.path('$.statusCode'))
$input.json('$.body')`,
    body: '{"statusCode": 201, "body": {"id": "p-1"}}',
    expect: { output: '{"id":"p-1"}' },
    responseOverride: { status: 201, header: { "Access-Control-Allow-Origin": "*" } },
  },
  {
    name: "an override reads back through $context once set",
    source: OVERRIDE,
    template: `#set($context.responseOverride.header.X-Id = "abc")
$context.responseOverride.header.X-Id`,
    expect: { output: "abc" },
    responseOverride: { header: { "X-Id": "abc" } },
  },
  {
    name: "stage variables: $stageVariables.name, $stageVariables['name'] and ${stageVariables['name']}",
    source: `${GUIDE}aws-api-gateway-stage-variables-reference.html`,
    template: "$stageVariables.url|$stageVariables['url']|${stageVariables['url']}",
    stageVariables: { url: "example.com" },
    expect: { output: "example.com|example.com|example.com" },
  },
  {
    name: "Lambda authorizer context values arrive as strings ($context.authorizer.numKey is \"1\")",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: '{"key": "$context.authorizer.key", "num": "$context.authorizer.numKey", "bool": "$context.authorizer.boolKey", "p": "$context.authorizer.principalId"}',
    context: { authorizer: { key: "value", numKey: "1", boolKey: "true", principalId: "user-1" } },
    expect: { json: { key: "value", num: "1", bool: "true", p: "user-1" } },
  },
  {
    name: "gateway response body {\"message\":$context.error.messageString} embeds the quoted message",
    source: `${GUIDE}api-gateway-gatewayResponse-definition.html`,
    template: '{"message":$context.error.messageString}',
    context: { error: { message: "Missing Authentication Token", messageString: '"Missing Authentication Token"' } },
    expect: { output: '{"message":"Missing Authentication Token"}' },
  },
  {
    name: "escapeJavaScript embeds the body as a JSON string (Step Functions StartExecution input)",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: `{
   "input": "$util.escapeJavaScript($input.json('$'))",
   "stateMachineArn": "arn:aws:states:us-east-1:111122223333:stateMachine:HelloWorld"
}`,
    body: '{"who": "me", "n": 2}',
    expect: { json: { input: '{"who":"me","n":2}', stateMachineArn: "arn:aws:states:us-east-1:111122223333:stateMachine:HelloWorld" } },
  },
  {
    name: "SQS SendMessage: the raw body is form-encoded with urlEncode",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: "Action=SendMessage&MessageBody=$util.urlEncode($input.body)",
    body: '{"order": 1, "note": "a&b"}',
    expect: { output: "Action=SendMessage&MessageBody=%7B%22order%22%3A+1%2C+%22note%22%3A+%22a%26b%22%7D" },
  },
];

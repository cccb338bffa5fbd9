/** Mapping templates from the API Gateway developer guide, with the results the guide shows. */
import { GUIDE, type CorpusCase } from "./case";

const PETS = '[{"id": 1, "type": "dog", "price": 249.99}, {"id": 2, "type": "cat", "price": 124.99}, {"id": 3, "type": "fish", "price": 0.99}]';

const PHOTOS = JSON.stringify({
  photos: {
    page: 1,
    pages: "1234",
    perpage: 100,
    total: "123398",
    photo: [
      { id: "12345678901", owner: "23456789@A12", secret: "abc123d456", server: "1234", farm: 1, title: "Sample photo 1", ispublic: 1, isfriend: 0, isfamily: 0 },
      { id: "23456789012", owner: "34567890@B23", secret: "bcd234e567", server: "2345", farm: 2, title: "Sample photo 2", ispublic: 1, isfriend: 0, isfamily: 0 },
    ],
  },
});

export const AWS_GUIDE_CASES: CorpusCase[] = [
  {
    name: "PetStore: describes each pet and copies its price",
    source: `${GUIDE}models-mappings.html`,
    template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {
    "description" : "Item $elem.id is a $elem.type.",
    "askingPrice" : $elem.price
  }#if($foreach.hasNext),#end

#end
]`,
    body: PETS,
    expect: {
      json: [
        { description: "Item 1 is a dog.", askingPrice: 249.99 },
        { description: "Item 2 is a cat.", askingPrice: 124.99 },
        { description: "Item 3 is a fish.", askingPrice: 0.99 },
      ],
    },
  },
  {
    name: "PetStore: the foreach template prints the exact bytes Velocity 1.7 would",
    source: `${GUIDE}models-mappings.html`,
    template: `#set($inputRoot = $input.path('$'))
[
#foreach($elem in $inputRoot)
  {"description" : "Item $elem.id is a $elem.type.", "askingPrice" : $elem.price}#if($foreach.hasNext),#end

#end
]`,
    body: PETS,
    expect: {
      output:
        '[\n  {"description" : "Item 1 is a dog.", "askingPrice" : 249.99},\n  {"description" : "Item 2 is a cat.", "askingPrice" : 124.99},\n  {"description" : "Item 3 is a fish.", "askingPrice" : 0.99}\n]',
    },
  },
  {
    name: "photos example: the input mapping template rebuilds the original data",
    source: `${GUIDE}example-photos.html`,
    template: `#set($inputRoot = $input.path('$'))
{
  "photos": {
    "page": $inputRoot.photos.page,
    "pages": "$inputRoot.photos.pages",
    "perpage": $inputRoot.photos.perpage,
    "total": "$inputRoot.photos.total",
    "photo": [
#foreach($elem in $inputRoot.photos.photo)
      {
        "id": "$elem.id",
        "owner": "$elem.owner",
        "secret": "$elem.secret",
        "server": "$elem.server",
        "farm": $elem.farm,
        "title": "$elem.title",
        "ispublic": $elem.ispublic,
        "isfriend": $elem.isfriend,
        "isfamily": $elem.isfamily
      }#if($foreach.hasNext),#end
\t\t\t
#end
    ]
  }
}`,
    body: PHOTOS,
    expect: { json: JSON.parse(PHOTOS) },
  },
  {
    name: "photos example: the output mapping template gives the transformed data",
    source: `${GUIDE}example-photos.html`,
    template: `#set($inputRoot = $input.path('$'))
{
  "photos": [
#foreach($elem in $inputRoot.photos.photo)
    {
      "id": "$elem.id",
      "owner": "$elem.owner",
      "title": "$elem.title",
      "ispublic": $elem.ispublic,
      "isfriend": $elem.isfriend,
      "isfamily": $elem.isfamily
    }#if($foreach.hasNext),#end
\t\t
#end
  ]
}`,
    body: PHOTOS,
    expect: {
      json: {
        photos: [
          { id: "12345678901", owner: "23456789@A12", title: "Sample photo 1", ispublic: 1, isfriend: 0, isfamily: 0 },
          { id: "23456789012", owner: "34567890@B23", title: "Sample photo 2", ispublic: 1, isfriend: 0, isfamily: 0 },
        ],
      },
    },
  },
  {
    name: "$input.path('$.pets').size() counts the pets (3)",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: `"$input.path('$.pets').size()"`,
    body: `{"pets": ${PETS}}`,
    expect: { output: '"3"' },
  },
  {
    name: "passes all parameters (path, header, querystring) through as JSON",
    source: `${GUIDE}api-gateway-mapping-variable-examples.html`,
    template: `#set($allParams = $input.params())
{
  "params" : {
    #foreach($type in $allParams.keySet())
    #set($params = $allParams.get($type))
    "$type" : {
      #foreach($paramName in $params.keySet())
      "$paramName" : "$util.escapeJavaScript($params.get($paramName))"
      #if($foreach.hasNext),#end
      #end
    }
    #if($foreach.hasNext),#end
    #end
  }
}`,
    path: { petId: "7" },
    querystring: { type: "dog", q: "a b" },
    header: { Accept: "application/json" },
    expect: { json: { params: { path: { petId: "7" }, header: { Accept: "application/json" }, querystring: { type: "dog", q: "a b" } } } },
  },
  {
    name: "$input.params() lists path, header, querystring in the order the guide shows",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: "$input.params().keySet()",
    expect: { output: "[path, header, querystring]" },
  },
  {
    name: "reads a name from the query string and embeds the whole body",
    source: `${GUIDE}api-gateway-mapping-variable-examples.html`,
    template: `{
    "name" : "$input.params('name')",
    "body" : $input.json('$')
}`,
    querystring: { name: "me" },
    body: '{"mykey": "my value", "n": [1, 2]}',
    expect: { json: { name: "me", body: { mykey: "my value", n: [1, 2] } } },
  },
  {
    name: "$input.json('$.mykey') embeds one property of the body",
    source: `${GUIDE}api-gateway-mapping-variable-examples.html`,
    template: `{
    "name" : "$input.params('name')",
    "body" : $input.json('$.mykey')
}`,
    querystring: { name: "me" },
    body: '{"mykey": {"a": true}}',
    expect: { json: { name: "me", body: { a: true } } },
  },
  {
    name: "escapeJavaScript output made JSON-safe with replaceAll(\"\\\\'\",\"'\")",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: `{"data": "$util.escapeJavaScript($input.path('$.data')).replaceAll("\\\\'","'")"}`,
    body: `{"data": "it's \\"quoted\\""}`,
    expect: { json: { data: `it's "quoted"` } },
  },
  {
    name: "parseJson turns a stringified errorMessage into an object ($errorMessageObj.key2.arr[0] is 1)",
    source: `${GUIDE}api-gateway-mapping-template-reference.html`,
    template: `#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))
{
   "errorMessageObjKey2ArrVal" : $errorMessageObj.key2.arr[0]
}`,
    body: JSON.stringify({ errorMessage: JSON.stringify({ key1: "var1", key2: { arr: [1, 2, 3] } }) }),
    expect: { json: { errorMessageObjKey2ArrVal: 1 } },
  },
  {
    name: "Lambda non-proxy tutorial: city, time, day and callerName become the Lambda input",
    source: `${GUIDE}getting-started-lambda-non-proxy-integration.html`,
    template: `#set($inputRoot = $input.path('$'))
{
  "city": "$input.params('city')",
  "time": "$input.params('time')",
  "day":  "$input.params('day')",
  "name": "$inputRoot.callerName"
}`,
    path: { city: "Seattle" },
    querystring: { time: "morning" },
    header: { day: "Wednesday" },
    body: '{ "callerName":"John" }',
    expect: { json: { city: "Seattle", time: "morning", day: "Wednesday", name: "John" } },
  },
];

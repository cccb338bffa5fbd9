/** Velocity 1.7 language behaviour that API Gateway templates rely on. */
import { GUIDE, VELOCITY_17, type CorpusCase } from "./case";

const LIMITS = `${GUIDE}limits.html`;
const VELOCITY_ADD_NODE = "https://github.com/apache/velocity-engine/blob/1.7/src/java/org/apache/velocity/runtime/parser/node/ASTAddNode.java";
const JAVA_DOUBLE = "https://docs.oracle.com/javase/8/docs/api/java/lang/Double.html#toString-double-";
const ISSUE_NULL = "https://github.com/ToQoz/api-gateway-mapping-template/issues/5";

export const VELOCITY_CASES: CorpusCase[] = [
  {
    name: "AWS prints an undefined or null reference as an empty string, not as $foo like plain Velocity",
    source: ISSUE_NULL,
    template: "[$foo][$!foo][${foo}][$input.path('$').item2][$context.nope.deeper]",
    body: '{"item1": 1}',
    expect: { output: "[][][][][]" },
  },
  {
    name: "#set and double-quoted interpolation; single quotes stay literal",
    source: VELOCITY_17,
    template: "#set($a = \"Velocity\")#set($b = 'Hello $a')Hello $a, $b, ${a}Rocks",
    expect: { output: "Hello Velocity, Hello $a, VelocityRocks" },
  },
  {
    name: "#if / #elseif / #else",
    source: VELOCITY_17,
    template: "#foreach($n in [1, 5, 9])#if($n < 3)low#elseif($n < 7)mid#else high#end;#end",
    expect: { output: "low;mid; high;" },
  },
  {
    name: "logical operators &&, || and !",
    source: VELOCITY_17,
    template: "#set($t = true)#set($f = false)#if($t && !$f)A#end#if($f || $t)B#end#if(!($t && $f))C#end",
    expect: { output: "ABC" },
  },
  {
    name: "Velocity 1.7 #if: an empty string and 0 are true, null and false are not",
    source: VELOCITY_17,
    template: "#set($e = '')#set($z = 0)#set($f = false)#if($e)E#end#if($z)Z#end#if($nothing)N#end#if($f)F#end",
    expect: { output: "EZ" },
  },
  {
    name: "integer arithmetic stays integral: 10 / 3 is 3, 10 % 3 is 1",
    source: VELOCITY_17,
    template: "#set($a = 10 / 3)#set($b = 10 % 3)#set($c = 7 - 2 * 3)$a,$b,$c",
    expect: { output: "3,1,1" },
  },
  {
    name: "a double operand gives a double, printed the Java way",
    source: JAVA_DOUBLE,
    template: "#set($a = 10.0 / 4)#set($b = 1.5 * 2)#set($c = 2.50)$a,$b,$c",
    expect: { output: "2.5,3.0,2.5" },
  },
  {
    name: "doubles from the payload print as Java prints them (10.0, 1.0E21, 1.0E-4)",
    source: JAVA_DOUBLE,
    template: "$input.path('$.a') $input.path('$.b') $input.path('$.c') $input.path('$.d')",
    body: '{"a": 10.0, "b": 1e21, "c": 0.0001, "d": 12345678.5}',
    expect: { output: "10.0 1.0E21 1.0E-4 1.23456785E7" },
  },
  {
    name: "#set with a null right-hand side leaves the variable unchanged (division by zero is null)",
    source: VELOCITY_17,
    template: "#set($x = 7)#set($x = 1 / 0)#set($x = $nothing)$x",
    expect: { output: "7" },
  },
  {
    name: "== compares numbers by value and other mixed types by toString()",
    source: VELOCITY_17,
    template: "#if(1 == 1.0)A#end#if(1 == '1')B#end#if(true == 'true')C#end#if($nothing == $alsoNothing)D#end#if($nothing == '')E#end",
    expect: { output: "ABCD" },
  },
  {
    name: "+ with a string concatenates; a null side contributes its reference text",
    source: VELOCITY_ADD_NODE,
    template: "#set($s = 'a' + 1 + 2.5)#set($t = 'x' + $missing)$s $t",
    expect: { output: "a12.5 x$missing" },
  },
  {
    name: "ranges count up or down",
    source: VELOCITY_17,
    template: "#foreach($i in [1..4])$i#end #foreach($i in [3..1])$i#end",
    expect: { output: "1234 321" },
  },
  {
    name: "list and map literals print as Java's ArrayList and LinkedHashMap",
    source: VELOCITY_17,
    template: "#set($l = [1, 'two', 3.0])#set($m = {\"a\": 1, \"b\": [2], \"c\": true})$l $m",
    expect: { output: "[1, two, 3.0] {a=1, b=[2], c=true}" },
  },
  {
    name: "#foreach over a map walks its values",
    source: VELOCITY_17,
    template: "#foreach($v in $input.path('$'))$v;#end",
    body: '{"x": "1", "y": "2"}',
    expect: { output: "1;2;" },
  },
  {
    name: "$foreach.index, count, hasNext, first, last, $velocityCount and $velocityHasNext",
    source: VELOCITY_17,
    template: "#foreach($x in ['a', 'b', 'c'])$x:$foreach.index/$foreach.count/$foreach.hasNext/$foreach.first/$foreach.last/$velocityCount/$velocityHasNext #end",
    expect: { output: "a:0/1/true/true/false/1/true b:1/2/true/false/false/2/true c:2/3/false/false/true/3/false " },
  },
  {
    name: "nested loops reach the outer loop through $foreach.parent",
    source: VELOCITY_17,
    template: "#foreach($a in [1, 2])#foreach($b in ['x', 'y'])$foreach.parent.count$b #end#end",
    expect: { output: "1x 1y 2x 2y " },
  },
  {
    name: "#break leaves the loop",
    source: VELOCITY_17,
    template: "#foreach($i in [1..10])#if($i == 4)#break#end$i#end.",
    expect: { output: "123." },
  },
  {
    name: "#stop() ends the template",
    source: VELOCITY_17,
    template: "before#stop()after",
    expect: { output: "before" },
  },
  {
    name: "a #foreach stops silently after AWS's 1,000 iterations",
    source: LIMITS,
    template: "#set($n = 0)#foreach($i in [1..1500])#set($n = $i)#end$n",
    expect: { output: "1000" },
  },
  {
    name: "macros take arguments and may be called before they are defined",
    source: VELOCITY_17,
    template: "#greet('World' 2)#macro(greet $who $times)#foreach($i in [1..$times])Hello $who! #end#end",
    expect: { output: "Hello World! Hello World! " },
  },
  {
    name: "a block macro call passes its body as $bodyContent",
    source: VELOCITY_17,
    template: "#macro(bold)<b>$bodyContent</b>#end\n#@bold()hi $input.params('n')#end",
    querystring: { n: "there" },
    expect: { output: "<b>hi there</b>" },
  },
  {
    name: "#define renders its block where it is used, with the variables of that moment",
    source: VELOCITY_17,
    template: "#define($greeting)Hi $name#end#set($name = 'Ann')$greeting|#set($name = 'Bob')$greeting",
    expect: { output: "Hi Ann|Hi Bob" },
  },
  {
    name: "comments disappear, #[[ ]]# text is not parsed",
    source: VELOCITY_17,
    template: "a## line comment\nb#* block\ncomment *#c #[[$notParsed #if]]#",
    expect: { output: "abc $notParsed #if" },
  },
  {
    name: "a directive line leaves no blank line; #set also eats the spaces before it",
    source: VELOCITY_17,
    template: "{\n    #set($a = 1)\n    \"a\": $a\n}",
    expect: { output: '{\n    "a": 1\n}' },
  },
  {
    name: "an unknown #directive is printed as written",
    source: VELOCITY_17,
    template: "#evaluate('x') #notAMacro($a)",
    expect: { output: "#evaluate('x') #notAMacro($a)" },
  },
];

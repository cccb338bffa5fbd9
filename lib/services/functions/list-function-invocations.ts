import { db } from "../../db";
import { readFunctionRef } from "./function-ref";

export interface FunctionInvocationView {
  id: string;
  qualifier: string;
  requestId: string;
  status: string;
  durationMs: number;
  errorType: string | null;
  logTail: string;
  source: string;
  createdAt: Date;
}

/** The recorded invocations of a function, newest first (at most the last 100 are kept). */
export async function listFunctionInvocations(functionName: string): Promise<FunctionInvocationView[]> {
  const { name } = readFunctionRef(functionName);
  const rows = await db().functionInvocation.findMany({ where: { functionName: name }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return rows.map(({ functionName: _functionName, ...view }) => view);
}

import { db } from "../../db";
import { conflict } from "../../errors";
import { asStringMap } from "../json";
import { findModelRowOrThrow } from "../lookups";

/** DeleteModel; refused while a method request names the model, with AWS's message (root methods read "//GET"). */
export async function deleteModel(restApiId: string, modelName: string): Promise<void> {
  const model = await findModelRowOrThrow(restApiId, modelName);
  const methods = await db().method.findMany({
    where: { resource: { restApiId } },
    select: { httpMethod: true, requestModels: true, resource: { select: { path: true } } },
    orderBy: [{ resource: { path: "asc" } }, { httpMethod: "asc" }],
  });
  const user = methods.find((method) => Object.values(asStringMap(method.requestModels)).includes(modelName));
  if (user) throw conflict(`Cannot delete model '${modelName}', is referenced in method request: ${user.resource.path}/${user.httpMethod}`);
  await db().model.delete({ where: { id: model.id } });
}

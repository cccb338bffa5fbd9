// DELETE /api/console/access-keys/[accessKeyId]
import { consoleRoute } from "@/lib/http/console-route";
import { deleteAccessKey } from "@/lib/services/access-keys/delete-access-key";

type Params = { accessKeyId: string };

export const DELETE = consoleRoute<Params>(async (_request, { params }) => {
  await deleteAccessKey(params.accessKeyId);
});

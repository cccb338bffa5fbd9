// The AWS Lambda-compatible API: /2015-03-31/functions and everything under it (GET, POST, PUT, DELETE), plus
// the presigned code downloads GetFunction hands out. SigV4, routing and error rendering live in lib/aws-lambda.
import { handleLambdaRequest } from "@/lib/aws-lambda/dispatch";

export const dynamic = "force-dynamic";

const handle = (request: Request) => handleLambdaRequest(request);

export { handle as GET, handle as POST, handle as PUT, handle as DELETE };

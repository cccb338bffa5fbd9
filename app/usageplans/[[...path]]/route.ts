// The AWS-compatible management API: /usageplans and everything under it (account-level API keys and usage plans).
// Authentication (SigV4), routing to the operation and error rendering all live in lib/aws.
import { handleManagementRequest } from "@/lib/aws/dispatch";

const handle = (request: Request) => handleManagementRequest(request);

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };

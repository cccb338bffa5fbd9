import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-button";

export interface InvokeUrlsProps {
  apiId: string;
  stageName: string;
  gatewayUrl: string;
  gatewayPort: string;
}

/** Both address styles AWS documents: the path-based `_user_request_` URL and the execute-api host name. */
export function InvokeUrls({ apiId, stageName, gatewayUrl, gatewayPort }: InvokeUrlsProps) {
  const stage = encodeURIComponent(stageName);
  const pathUrl = `${gatewayUrl}/restapis/${apiId}/${stage}/_user_request_/`;
  const hostUrl = `http://${apiId}.execute-api.localhost:${gatewayPort}/${stage}/`;
  return (
    <Card title="Invoke URLs" description="Append a resource path, e.g. /pets/1. Both URLs reach the same stage.">
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <span className="text-xs font-medium text-zinc-700">Path-based URL</span>
          <CopyField value={pathUrl} testId="invoke-url-path" />
        </div>
        <div className="flex flex-col gap-1">
          <span className="text-xs font-medium text-zinc-700">Host-based URL (*.execute-api.localhost resolves to this machine)</span>
          <CopyField value={hostUrl} testId="invoke-url-host" />
        </div>
      </div>
    </Card>
  );
}

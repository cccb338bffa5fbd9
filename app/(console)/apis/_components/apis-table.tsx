"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/components/ui/format";
import type { RestApiJson } from "@/lib/query/types";
import { DeleteApiDialog } from "./delete-api-dialog";

export function ApisTable({ apis }: { apis: RestApiJson[] }) {
  const [deleting, setDeleting] = useState<RestApiJson | null>(null);
  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-xs">
      <DataTable variant="page" columns={["Name", "ID", "Description", "Created", ""]}>
        {apis.map((api) => (
          <tr key={api.id} className="hover:bg-zinc-50/60">
            <td className="px-4 py-3">
              <Link href={`/apis/${api.id}`} className="font-medium text-accent-700 hover:underline">
                {api.name}
              </Link>
            </td>
            <td className="px-4 py-3 font-mono text-xs text-zinc-600">{api.id}</td>
            <td className="max-w-md truncate px-4 py-3 text-zinc-600">{api.description || "—"}</td>
            <td className="px-4 py-3 whitespace-nowrap text-zinc-600">{formatDateTime(api.createdDate)}</td>
            <td className="px-4 py-3 text-right">
              <Button variant="ghost" size="sm" onClick={() => setDeleting(api)} aria-label={`Delete ${api.name}`}>
                Delete
              </Button>
            </td>
          </tr>
        ))}
      </DataTable>
      <DeleteApiDialog api={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

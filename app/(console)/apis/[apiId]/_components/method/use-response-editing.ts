"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import type { ConfirmDialogProps } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/query/fetch-json";
import { useReportDirty } from "./dirty-boxes";

/** `editing` while a new response is being written (it has no status code yet). */
export const NEW_RESPONSE = "__new__";

export interface ResponseEditing {
  /** The status code whose editor is open, NEW_RESPONSE, or null. */
  editing: string | null;
  /** Opens an editor, clearing the last save's error. */
  edit: (statusCode: string) => void;
  /** The status code waiting for delete confirmation, or null. */
  deleting: string | null;
  askDelete: (statusCode: string) => void;
  /** The open editor has unsaved changes. */
  dirty: boolean;
  setEditorDirty: (dirty: boolean) => void;
  close: () => void;
  /** Wiring for the ConfirmDialog that deletes `deleting`; the caller adds title and text. */
  deleteDialog: Pick<ConfirmDialogProps, "open" | "pending" | "error" | "onCancel" | "onConfirm">;
}

/**
 * The state shared by the integration-response and method-response boxes: one editor open at a time, its dirty flag
 * reported to the page, and a confirmed delete that closes the editor of the response it removed.
 */
export function useResponseEditing(box: string, save: { reset: () => void }, remove: UseMutationResult<void, Error, string>): ResponseEditing {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [editorDirty, setEditorDirty] = useState(false);
  const dirty = editing !== null && editorDirty;
  useReportDirty(box, dirty);
  const close = () => (setEditing(null), setEditorDirty(false), save.reset());

  return {
    editing,
    edit: (statusCode) => (save.reset(), setEditing(statusCode)),
    deleting,
    askDelete: setDeleting,
    dirty,
    setEditorDirty,
    close,
    deleteDialog: {
      open: deleting !== null,
      pending: remove.isPending,
      error: remove.isError ? errorMessage(remove.error) : null,
      onCancel: () => (remove.reset(), setDeleting(null)),
      onConfirm: () => deleting && remove.mutate(deleting, { onSuccess: () => (setDeleting(null), editing === deleting && close()) }),
    },
  };
}

"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

/**
 * Which boxes of the method page hold unsaved edits. The flow diagram marks them, and the designer asks
 * before a click elsewhere (or closing the tab) would throw them away.
 */
interface DirtyBoxes {
  dirty: ReadonlySet<string>;
  report: (box: string, dirty: boolean) => void;
}

const DirtyContext = createContext<DirtyBoxes>({ dirty: new Set(), report: () => {} });

export function DirtyBoxesProvider({ children, onChange }: { children: ReactNode; onChange?: (anyDirty: boolean) => void }) {
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((box: string, isDirty: boolean) => {
    setDirty((current) => {
      if (current.has(box) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(box);
      else next.delete(box);
      return next;
    });
  }, []);
  useEffect(() => onChange?.(dirty.size > 0), [dirty, onChange]);
  const value = useMemo(() => ({ dirty, report }), [dirty, report]);
  return <DirtyContext.Provider value={value}>{children}</DirtyContext.Provider>;
}

export function useDirtyBoxes(): ReadonlySet<string> {
  return useContext(DirtyContext).dirty;
}

/** Reports this box's dirty state while it is on screen. */
export function useReportDirty(box: string, dirty: boolean): void {
  const { report } = useContext(DirtyContext);
  useEffect(() => {
    report(box, dirty);
    return () => report(box, false);
  }, [box, dirty, report]);
}

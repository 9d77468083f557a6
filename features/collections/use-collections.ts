"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSession } from "../../client/session-context";
import type { CollectionFileView } from "../../lib/wire/collections";

/** The collection files (collections-list): read when the tab or a save dialog opens, refreshed after every write. */
const LIST_KEY = ["collections", "list"] as const;

export function useCollectionFiles(enabled = true) {
  const session = useSession();
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: () => session.command({ type: "collections-list" }),
    enabled,
    staleTime: 0,
    retry: false,
  });
}

/** A write's reply is the file as it is now: the list is updated with it, no second round trip. */
function useFileWrite<V>(write: (v: V) => Promise<CollectionFileView>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (view) => {
      qc.setQueryData<{ folder: string; files: CollectionFileView[] }>(LIST_KEY, (old) => {
        if (!old) return old;
        const files = old.files.some((f) => f.file === view.file)
          ? old.files.map((f) => (f.file === view.file ? view : f))
          : [...old.files, view].sort((a, b) => a.file.localeCompare(b.file));
        return { ...old, files };
      });
      void qc.invalidateQueries({ queryKey: LIST_KEY });
    },
  });
}

/** "Save as test": a request of the live record, by seq, into a collection file. */
export function useSaveAsTest() {
  const session = useSession();
  return useFileWrite((v: { file: string; requestSeq: number; name?: string }) => session.command({ type: "collection-save", ...v }));
}

export function useEditStep() {
  const session = useSession();
  return useFileWrite((v: { file: string; index: number; params?: Record<string, unknown>; expect?: Array<Record<string, unknown>> }) =>
    session.command({ type: "collection-edit-step", ...v }),
  );
}

/** Run one step (index) or the whole file on the page's connection. */
export function useRunCollection() {
  const session = useSession();
  return useMutation({ mutationFn: (v: { file: string; index?: number }) => session.command({ type: "collection-run", ...v }) });
}

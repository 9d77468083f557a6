import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Session } from "./session";
import { asTools, type ListToolsResult } from "../lib/protocol/shapes";
import { keys } from "./query-keys";

/** The session state: first from the welcome, then pushed by the socket (never polled). */
export function sessionStateQuery(session: Session) {
  return queryOptions({ queryKey: keys.state, queryFn: () => session.whenWelcomed(), staleTime: Infinity, gcTime: Infinity });
}

/** tools/list, one page per cursor; refetched when the target says its list changed. */
export function toolsQuery(session: Session, generation: number) {
  return infiniteQueryOptions({
    queryKey: keys.tools(generation),
    queryFn: async ({ pageParam }): Promise<ListToolsResult> => {
      const out = await session.command({ type: "request", method: "tools/list", ...(pageParam ? { params: { cursor: pageParam } } : {}) });
      // The target's result is untrusted: only what checks out is kept.
      const r = (out.result ?? {}) as Partial<Record<keyof ListToolsResult, unknown>>;
      return { tools: asTools(r.tools), nextCursor: typeof r.nextCursor === "string" && r.nextCursor ? r.nextCursor : undefined };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: Infinity,
    retry: false,
  });
}

import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { InspectorConnection } from "./connection";
import { asTools, type ListToolsResult, type RequestOutcome } from "../lib/protocol/shapes";
import { keys } from "./query-keys";

/** The session state: first from the welcome, then pushed by the socket (never polled). */
export function sessionStateQuery(conn: InspectorConnection) {
  return queryOptions({ queryKey: keys.state, queryFn: () => conn.whenWelcomed(), staleTime: Infinity, gcTime: Infinity });
}

/** tools/list, one page per cursor; refetched when the target says its list changed. */
export function toolsQuery(conn: InspectorConnection, generation: number) {
  return infiniteQueryOptions({
    queryKey: keys.tools(generation),
    queryFn: async ({ pageParam }): Promise<ListToolsResult> => {
      const out = await conn.command<RequestOutcome<ListToolsResult>>({
        type: "request",
        method: "tools/list",
        ...(pageParam ? { params: { cursor: pageParam } } : {}),
      });
      const r = out.result ?? { tools: [] };
      return { tools: asTools(r.tools), nextCursor: typeof r.nextCursor === "string" && r.nextCursor ? r.nextCursor : undefined };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: Infinity,
    retry: false,
  });
}

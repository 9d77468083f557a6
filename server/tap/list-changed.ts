import type { Entry } from "../../lib/record/format";
import {
  diffSurfaces,
  lastListing,
  LIST_KINDS,
  surfaceFromListings,
  type ListKind,
  type Listed,
  type NegotiationLike,
} from "../../lib/surface";
import type { SurfaceDiff } from "../../lib/surface";

/** The notification that tells a host a kind's list changed (templates are resources' list too). */
const NOTIFICATION: Record<ListKind, string> = {
  tools: "notifications/tools/list_changed",
  resources: "notifications/resources/list_changed",
  resourceTemplates: "notifications/resources/list_changed",
  prompts: "notifications/prompts/list_changed",
};
const AREA_KIND: Record<string, ListKind> = {
  tool: "tools",
  resource: "resources",
  resourceTemplate: "resourceTemplates",
  prompt: "prompts",
};

/**
 * After a restart: what the host last listed (read off the record, the host's own requests) beside
 * what the new process lists, compared with lib/surface's compare. Only kinds the host listed count
 * (it knows nothing of the others); each kind that changed gives its list_changed notification, once.
 */
export function listChangedAfterRestart(
  entries: readonly Entry[],
  before: NegotiationLike,
  after: NegotiationLike,
  fresh: Partial<Record<ListKind, Listed>>,
): { notifications: string[]; diff: SurfaceDiff } {
  const seen: Partial<Record<ListKind, Listed>> = {};
  const now: Partial<Record<ListKind, Listed>> = {};
  for (const kind of LIST_KINDS) {
    const l = lastListing(entries, kind);
    if (!l || !fresh[kind]) continue;
    seen[kind] = l;
    now[kind] = fresh[kind];
  }
  const head = { label: "the server before the restart", origin: "live" as const, transport: "stdio" as const };
  const diff = diffSurfaces(surfaceFromListings(head, before, seen), surfaceFromListings({ ...head, label: "after" }, after, now));
  const notifications = new Set<string>();
  for (const c of diff.changes) {
    const kind = AREA_KIND[c.area];
    if (kind && seen[kind]) notifications.add(NOTIFICATION[kind]);
  }
  return { notifications: [...notifications], diff };
}

import type { Entry } from "../../lib/record/format";
import { type ListKind, type Listed, type NegotiationLike } from "../../lib/surface";
import type { SurfaceDiff } from "../../lib/surface";
/**
 * After a restart: what the host last listed (read off the record, the host's own requests) beside
 * what the new process lists, compared with lib/surface's compare. Only kinds the host listed count
 * (it knows nothing of the others); each kind that changed gives its list_changed notification, once.
 */
export declare function listChangedAfterRestart(entries: readonly Entry[], before: NegotiationLike, after: NegotiationLike, fresh: Partial<Record<ListKind, Listed>>): {
    notifications: string[];
    diff: SurfaceDiff;
};

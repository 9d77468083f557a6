import type { SurfaceDiff } from "../../lib/surface";
/** How a restart went, for the page: the errors sent, the list_changed sent, and the surface's changes in words. */
export type RestartOutcome = {
    ok: true;
    failed: number;
    notified: string[];
    changes: string[];
} | {
    ok: false;
    error: string;
};
/** The surface diff of a restart as the diff command's text lines (breaking first). */
export declare function diffLines(d: SurfaceDiff): string[];

import type { SurfaceDiff } from "../../lib/surface";
import { changeText } from "../../lib/surface/format";

/** How a restart went, for the page: the errors sent, the list_changed sent, and the surface's changes in words. */
export type RestartOutcome = { ok: true; failed: number; notified: string[]; changes: string[] } | { ok: false; error: string };

/** The surface diff of a restart as the diff command's text lines (breaking first). */
export function diffLines(d: SurfaceDiff): string[] {
  const ordered = [...d.changes.filter((c) => c.severity === "breaking"), ...d.changes.filter((c) => c.severity === "compatible")];
  return ordered.map((c) => `${c.severity === "breaking" ? "breaking" : "compatible"}: ${changeText(c)}`);
}

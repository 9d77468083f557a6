import type { AppEntry } from "../../lib/record/format";
import type { TimelineView } from "../../client/timeline-store";

/** An App direction the timeline filters on (the store's own filter knows only the server's two). */
export type AppDir = AppEntry["dir"];

/**
 * The rows of `base` that are App entries sent in `dir`, extended as `base` grows: `base` is the
 * store's view for the same filter with the App kind, so it only grows while the filter stands.
 */
export class AppDirView {
  private rows: number[] = [];
  private scanned = 0;
  private view?: TimelineView;

  constructor(readonly dir: AppDir) {}

  of(base: TimelineView): TimelineView {
    if (base.count < this.scanned) {
      this.rows = [];
      this.scanned = 0;
    }
    if (this.view && this.scanned === base.count) return this.view;
    for (let i = this.scanned; i < base.count; i++) {
      const e = base.at(i);
      if (e.kind === "app" && e.dir === this.dir) this.rows.push(i);
    }
    this.scanned = base.count;
    const rows = this.rows;
    this.view = {
      count: rows.length,
      at: (i) => base.at(rows[i]),
      rowOf: (seq) => {
        const r = base.rowOf(seq);
        return r < 0 ? -1 : rows.indexOf(r);
      },
    };
    return this.view;
  }
}

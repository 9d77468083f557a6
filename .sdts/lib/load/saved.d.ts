import { type LoadDetails, type LoadReport, type LoadSummary } from "./summary";
/**
 * A saved load summary, whoever wrote it: this inspector (`--format json`, the page's download,
 * a Locust master running an exported locustfile), the official CLI (`{ "result": … }` or its
 * text output), or Locust itself (`locust --json` / `--json-file`: its statistics, per request name).
 */
export interface SavedSummary {
    source: "inspector" | "locust-export" | "official" | "locust";
    summary: LoadSummary;
    /** Ours only: the details beside the summary. */
    details?: LoadDetails;
}
export declare function savedSummaryFrom(json: unknown): {
    ok: true;
    saved: SavedSummary;
} | {
    ok: false;
    message: string;
};
/** Locust's own rule (stats.calculate_response_time_percentile): walk down from the slowest bucket. */
export declare function locustPercentile(times: Record<string, number>, n: number, percent: number): number;
/** Bytes a saved summary may have when the page opens it (a report with its sample is well under 1 MB). */
export declare const SAVED_SUMMARY_MAX_BYTES: number;
/** A saved summary as a report for the page's view: details of its own, or none measured (empty charts). */
export declare function reportOfSaved(saved: SavedSummary): LoadReport;

import { LocalSetting } from "./local-setting";
import { objectOr } from "../lib/json/shape";

/** Timing applied to every request the page sends (request and call-tool commands). */
export interface RequestTiming {
  timeoutMs: number;
  resetTimeoutOnProgress: boolean;
  /** 0: no maximum. */
  maxTotalTimeoutMs: number;
}

export const DEFAULT_TIMING: RequestTiming = { timeoutMs: 60_000, resetTimeoutOnProgress: true, maxTotalTimeoutMs: 0 };

function posInt(v: unknown, fallback: number, allowZero = false): number {
  return typeof v === "number" && Number.isInteger(v) && (v > 0 || (allowZero && v === 0)) ? v : fallback;
}

export const requestTiming = new LocalSetting<RequestTiming>("mcp-inspector:request-timing", DEFAULT_TIMING, (raw) => {
  const o = objectOr(raw);
  if (!o) return undefined;
  return {
    timeoutMs: posInt(o.timeoutMs, DEFAULT_TIMING.timeoutMs),
    resetTimeoutOnProgress:
      typeof o.resetTimeoutOnProgress === "boolean" ? o.resetTimeoutOnProgress : DEFAULT_TIMING.resetTimeoutOnProgress,
    maxTotalTimeoutMs: posInt(o.maxTotalTimeoutMs, 0, true),
  };
});

/** The wire fields of the current timing, for a request or call-tool command. */
export function timingFields(): { timeoutMs: number; resetTimeoutOnProgress: boolean; maxTotalTimeoutMs?: number } {
  const t = requestTiming.get();
  return {
    timeoutMs: t.timeoutMs,
    resetTimeoutOnProgress: t.resetTimeoutOnProgress,
    ...(t.maxTotalTimeoutMs > 0 ? { maxTotalTimeoutMs: t.maxTotalTimeoutMs } : {}),
  };
}

/**
 * Where a trace id from OpenTelemetry export opens (a Jaeger, Tempo or Honeycomb URL with
 * `{traceId}` in it), set by the person in the timeline; empty: the id is shown only.
 */
export const traceLinkTemplate = new LocalSetting<string>("mcp-inspector:trace-link", "", (raw) =>
  typeof raw === "string" && (raw === "" || /^https?:\/\/[^\s]*\{traceId\}/.test(raw)) ? raw : undefined,
);

/**
 * Where share links open (`inspector export --viewer DIR` hosted by a team, for example on
 * GitHub Pages), set by the person in the share dialog; empty: this inspector's own address,
 * which opens only where an inspector runs. The session stays in the fragment either way.
 */
export const shareBase = new LocalSetting<string>("mcp-inspector:share-base", "", (raw) =>
  typeof raw === "string" && (raw === "" || /^https?:\/\/[^\s#]+$/.test(raw)) ? raw : undefined,
);

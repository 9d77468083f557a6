import { NO_CANNED, type CannedSettings } from "../features/requests/canned-responses";
import { LocalSetting } from "./local-setting";

/** Timing applied to every request the page sends (request and call-tool commands). */
export interface RequestTiming {
  timeoutMs: number;
  resetTimeoutOnProgress: boolean;
  /** 0: no maximum. */
  maxTotalTimeoutMs: number;
}

export const DEFAULT_TIMING: RequestTiming = { timeoutMs: 60_000, resetTimeoutOnProgress: true, maxTotalTimeoutMs: 0 };

function obj(raw: unknown): Record<string, unknown> | undefined {
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
}
function posInt(v: unknown, fallback: number, allowZero = false): number {
  return typeof v === "number" && Number.isInteger(v) && (v > 0 || (allowZero && v === 0)) ? v : fallback;
}

export const requestTiming = new LocalSetting<RequestTiming>("mcp-inspector:request-timing", DEFAULT_TIMING, (raw) => {
  const o = obj(raw);
  if (!o) return undefined;
  return {
    timeoutMs: posInt(o.timeoutMs, DEFAULT_TIMING.timeoutMs),
    resetTimeoutOnProgress: typeof o.resetTimeoutOnProgress === "boolean" ? o.resetTimeoutOnProgress : DEFAULT_TIMING.resetTimeoutOnProgress,
    maxTotalTimeoutMs: posInt(o.maxTotalTimeoutMs, 0, true),
  };
});

/** The wire fields of the current timing, for a request or call-tool command. */
export function timingFields(): { timeoutMs: number; resetTimeoutOnProgress: boolean; maxTotalTimeoutMs?: number } {
  const t = requestTiming.get();
  return { timeoutMs: t.timeoutMs, resetTimeoutOnProgress: t.resetTimeoutOnProgress, ...(t.maxTotalTimeoutMs > 0 ? { maxTotalTimeoutMs: t.maxTotalTimeoutMs } : {}) };
}

export interface Root {
  uri: string;
  name: string;
}

/** The roots the page offers; roots/list is answered from them. */
export const rootsSetting = new LocalSetting<Root[]>("mcp-inspector:roots", [], (raw) =>
  Array.isArray(raw) ? raw.filter((r): r is Root => !!obj(r) && typeof (r as Root).uri === "string").map((r) => ({ uri: r.uri, name: typeof r.name === "string" ? r.name : "" })) : undefined,
);

/** What roots/list is answered with: names only when given. */
export function rootsResult(roots: readonly Root[]): { roots: { uri: string; name?: string }[] } {
  return { roots: roots.filter((r) => r.uri.trim()).map((r) => ({ uri: r.uri.trim(), ...(r.name.trim() ? { name: r.name.trim() } : {}) })) };
}

export const cannedSetting = new LocalSetting<CannedSettings>("mcp-inspector:canned-sampling", NO_CANNED, (raw) => {
  const o = obj(raw);
  if (!o || !Array.isArray(o.rules)) return undefined;
  return {
    enabled: o.enabled === true,
    rules: o.rules.filter((r) => obj(r)).map((r) => ({ match: String((r as Record<string, unknown>).match ?? ""), text: String((r as Record<string, unknown>).text ?? ""), model: String((r as Record<string, unknown>).model ?? "") })),
  };
});

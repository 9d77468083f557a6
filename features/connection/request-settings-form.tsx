"use client";
import type { RequestTiming } from "../../client/page-settings";

export interface RequestSettingsFormProps {
  timing: RequestTiming;
  onChange(t: RequestTiming): void;
}

function seconds(ms: number): string {
  return ms ? String(ms / 1000) : "";
}
function toMs(text: string): number {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? Math.round(n * 1000) : 0;
}

/** Timing used by every request the page sends: timeout, reset on progress, maximum total. */
export function RequestSettingsForm({ timing, onChange }: RequestSettingsFormProps) {
  return (
    <fieldset className="request-settings">
      <legend>Request timing (every request)</legend>
      <label className="field">
        <span>Timeout (s)</span>
        <input type="number" min={1} step="any" value={seconds(timing.timeoutMs)} onChange={(e) => onChange({ ...timing, timeoutMs: toMs(e.target.value) || timing.timeoutMs })} aria-label="Request timeout in seconds" />
      </label>
      <label className="check">
        <input type="checkbox" checked={timing.resetTimeoutOnProgress} onChange={(e) => onChange({ ...timing, resetTimeoutOnProgress: e.target.checked })} /> Reset the timeout on progress
      </label>
      <label className="field">
        <span>Maximum total (s, empty: none)</span>
        <input type="number" min={0} step="any" value={seconds(timing.maxTotalTimeoutMs)} onChange={(e) => onChange({ ...timing, maxTotalTimeoutMs: toMs(e.target.value) })} aria-label="Maximum total timeout in seconds" />
      </label>
    </fieldset>
  );
}

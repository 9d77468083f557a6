"use client";
import { useState } from "react";
import type { LoadStart } from "../../lib/load/wire";

export type LoadPlan = Pick<LoadStart, "concurrency" | "rate" | "durationMs" | "requests" | "warmup">;

/** Concurrency, rate, and a duration or a count; Start (or Stop while a run goes). */
export function LoadForm({ running, onStart, onStop }: { running: boolean; onStart(plan: LoadPlan): void; onStop(): void }) {
  const [concurrency, setConcurrency] = useState("10");
  const [rate, setRate] = useState("");
  const [bound, setBound] = useState<"duration" | "count">("duration");
  const [amount, setAmount] = useState("10");
  const [warmup, setWarmup] = useState("0");
  const [problem, setProblem] = useState<string>();

  const submit = () => {
    const c = Number(concurrency);
    const r = rate.trim() === "" ? undefined : Number(rate);
    const a = Number(amount);
    const w = Number(warmup || "0");
    if (!Number.isInteger(c) || c <= 0) return setProblem("Concurrency must be a whole number above 0.");
    if (r !== undefined && !(r > 0)) return setProblem("Rate must be a number above 0, or empty for no limit.");
    if (!(a > 0) || (bound === "count" && !Number.isInteger(a)))
      return setProblem(bound === "duration" ? "Duration must be a number of seconds above 0." : "Count must be a whole number above 0.");
    if (!Number.isInteger(w) || w < 0) return setProblem("Warm-up must be a whole number (0 or more).");
    setProblem(undefined);
    onStart({
      concurrency: c,
      ...(r !== undefined ? { rate: r } : {}),
      ...(bound === "duration" ? { durationMs: a * 1000 } : { requests: a }),
      warmup: w,
    });
  };

  return (
    <form
      className="load-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (running) onStop();
        else submit();
      }}
    >
      <label className="field">
        <span>Concurrency</span>
        <input inputMode="numeric" value={concurrency} onChange={(e) => setConcurrency(e.target.value)} disabled={running} />
      </label>
      <label className="field">
        <span>Rate (calls/s)</span>
        <input inputMode="decimal" placeholder="no limit" value={rate} onChange={(e) => setRate(e.target.value)} disabled={running} />
      </label>
      <label className="field">
        <span>Until</span>
        <select value={bound} onChange={(e) => setBound(e.target.value as "duration" | "count")} disabled={running}>
          <option value="duration">seconds pass</option>
          <option value="count">calls started</option>
        </select>
      </label>
      <label className="field">
        <span>{bound === "duration" ? "Seconds" : "Calls"}</span>
        <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} disabled={running} />
      </label>
      <label className="field">
        <span>Warm-up calls</span>
        <input inputMode="numeric" value={warmup} onChange={(e) => setWarmup(e.target.value)} disabled={running} />
      </label>
      <button type="submit" className={running ? "btn" : "btn btn-primary"}>
        {running ? "Stop" : "Start load run"}
      </button>
      {problem && (
        <p className="form-error load-form-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

import { parseLoadCommand, type LoadEvent } from "../../lib/load/wire";
import type { PageLoadRuns } from "./page-runs";

/** One frame of a page's load channel (lib/load/wire.ts): start or stop a run; every answer is an event on that socket. */
export function handleLoadFrame(runs: PageLoadRuns, text: string, send: (e: LoadEvent) => void): void {
  const parsed = parseLoadCommand(text);
  if (!parsed.ok) return send({ type: "load-failed", ...(parsed.id ? { id: parsed.id } : {}), message: parsed.message });
  const cmd = parsed.command;
  if (cmd.type === "load-start") return void runs.start(cmd, send);
  if (!runs.stop(cmd.runId)) send({ type: "load-failed", id: cmd.id, runId: cmd.runId, message: `no load run ${cmd.runId} is going` });
}

import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { ProbeResult } from "./result";

/** The engine's own crash note quotes this many of the last stderr lines, whenever written. */
const ENGINE_TAIL_LINES = 3;
/** Stderr lines quoted from those written during the probe the server died in. */
const QUOTED_LINES = 5;
/** A pipe may deliver the last stderr a moment after the exit is seen. */
const STDERR_SETTLE_MS = 100;

/**
 * Watches the probes of one check run for the server's exit. The probe it dies in is an error
 * whose message quotes the stderr written while that probe ran (the lines around the exit), in
 * place of the engine's "last stderr" tail, which may be a line written long before (a start-up
 * banner). The probes after it are skipped, naming the one it died in, rather than each failing
 * again with "not connected".
 */
export function crashWatch(engine: Engine, record: RecordStore) {
  let diedIn: string | undefined;
  const gone = () => engine.getState().status !== "connected";
  return {
    async run(probe: () => Promise<ProbeResult | ProbeResult[]>): Promise<ProbeResult[]> {
      const at = record.lastSeq;
      const out = [await probe()].flat();
      if (diedIn !== undefined)
        return out.map((p) =>
          p.status === "fail" && gone() ? { ...p, status: "skip", message: `not run: the server exited during "${diedIn}"` } : p,
        );
      if (!record.since(at).some((e) => e.kind === "lifecycle" && e.event === "exited")) return out;
      await new Promise((r) => setTimeout(r, STDERR_SETTLE_MS));
      const lines = stderrLines(record, at)
        .map((l) => l.trim())
        .filter(Boolean);
      const quoted = lines.length
        ? `; stderr at the exit: ${lines.slice(-QUOTED_LINES).join(" | ")}`
        : "; it wrote nothing to stderr while this probe ran";
      const engineTail = `; last stderr: ${stderrLines(record, 0).slice(-ENGINE_TAIL_LINES).join(" | ")}`;
      const i = out.findIndex((p) => p.status === "fail");
      if (i === -1) {
        diedIn = out[0]?.title ?? "a probe";
        return [
          ...out,
          {
            id: "server-exited",
            title: "keeps running",
            status: "fail",
            severity: "error",
            level: "MUST",
            message: `the server exited after "${diedIn}"${quoted}`,
          },
        ];
      }
      diedIn = out[i].title;
      const own = out[i].message.includes(engineTail) ? out[i].message.replace(engineTail, "") : out[i].message;
      out[i] = { ...out[i], severity: "error", level: "MUST", message: `${own}${quoted}` };
      return out;
    },
  };
}

/** The stderr written after `since`, line by line as the engine splits it. */
function stderrLines(record: RecordStore, since: number): string[] {
  return record.since(since).flatMap((e) => (e.kind === "stderr" ? e.text.split("\n") : []));
}

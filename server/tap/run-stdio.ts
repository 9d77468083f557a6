import { visible } from "../../lib/text/visible";
import { EarlyRecorder } from "./early-recorder";
import { StdioTap } from "./stdio-tap";
import type { StdioTapRun } from "./stdio-tap-run";
import { watchBaseline } from "./watch-baseline";

/** The most the rest of the tap waits for the server's first answer before it loads anyway (`spawnFirst`). */
const LOAD_AT_LATEST_MS = 3000;

export type { RunningStdioTap, StdioTapRun } from "./stdio-tap-run";

/**
 * `inspector tap -- <command…>` over stdio: spawn the server, forward both ways, record a copy;
 * restart on SIGUSR2 or a watched change; write the session when the host disconnects. Our own
 * words go to stderr only (the host's log): stdout is the host's channel.
 *
 * The server is spawned and the host's bytes forwarded first, with nothing else of ours loaded
 * (issue 90 item 1: a host such as Cline restarts a server that has not answered its initialize
 * in about 2.4 s, and the tap's start cost 0.3-0.9 s of it). The record, the lint, the journal,
 * restart, --watch and the page (after-spawn.ts) load once the host has its first answer, or with
 * --save-session at once, the server's output held until the journal is open; what was forwarded
 * meanwhile waits for the recorder with its times (early-recorder.ts). test/budgets holds what
 * loads before the spawn; bench figure 17 what the host waits.
 */
export async function runStdioTap(o: StdioTapRun): Promise<number> {
  const host = o.host ?? { input: process.stdin, output: process.stdout, log: process.stderr };
  // A host that quits may close our stderr with our stdin and stdout (issue 90 point 8): a line
  // of ours (the server's stderr, "session saved") then meets a closed pipe, and an EPIPE nobody
  // heard ended the tap with 1 though the host went first. Our words are for the host's log; with
  // no log left they are dropped.
  host.log.on("error", () => undefined);
  const say = (text: string) => void (host.log.writable && host.log.write(`mcp-inspector-harness tap: ${text}\n`));
  const env = Object.fromEntries(Object.entries(o.env).filter((e): e is [string, string] => e[1] !== undefined));
  const loaded = o.spawnFirst ? undefined : await import("./after-spawn");
  const early = new EarlyRecorder();
  // The watched paths as the server about to start reads them: a change before the watch is ready still restarts it.
  const watchSince = watchBaseline(o.watch);
  const tap = new StdioTap({ command: o.command, args: o.args, env, cwd: o.cwd }, host, early, o.restartTimeoutMs);
  // With --save-session, every frame a host gets is in the journal first (a host may kill the tap
  // right after its last answer: Codex CLI), so the server's output waits for it (after-spawn.ts
  // releases it); the rest then loads at once, beside the server's own start.
  const journalFirst = !loaded && o.saveSession !== undefined;
  if (journalFirst) tap.holdOutput();
  try {
    await tap.start();
  } catch (e) {
    say(`cannot start ${visible(o.command)}: ${(e as Error).message}`);
    return 127;
  }
  // A host that quits may end the tap with a signal rather than close its stdin: the server is
  // stopped the same way and the session still saved.
  const onEnd = (signal: NodeJS.Signals) => void tap.hostGone(`the tap was ended by ${signal}`);
  process.on("SIGTERM", onEnd);
  process.on("SIGINT", onEnd);
  // A restart asked before the rest has loaded is made once it has (Node's default for SIGUSR2 would end the tap).
  let restartAsked = false;
  const holdRestart = () => void (restartAsked = true);
  process.on("SIGUSR2", holdRestart);
  try {
    // The rest loads once the host has its first answer: loading (1.4 MiB of modules) beside the
    // server's own start took the CPU the server needed, and on two busy cores the host waited
    // 1.45× a bare proxy's start for it (bench figure 17). A server that has not answered in 3 s
    // (past what a host such as Cline waits), or a host that sends nothing, does not hold it longer.
    if (!loaded && !journalFirst) await Promise.race([tap.firstOutput, tap.done, delay(LOAD_AT_LATEST_MS)]);
    let afterSpawn;
    try {
      ({ afterSpawn } = loaded ?? (await import("./after-spawn")));
    } catch (e) {
      // A broken install: forwarding goes on as a bare proxy's would; nothing is recorded.
      early.discard();
      tap.releaseOutput();
      say(`cannot record (${(e as Error).message}): forwarding only`);
      return await tap.done;
    }
    return await afterSpawn(o, { tap, early, say, restartAsked: () => restartAsked, watchSince });
  } finally {
    process.off("SIGTERM", onEnd);
    process.off("SIGINT", onEnd);
    process.off("SIGUSR2", holdRestart);
  }
}

/** A timer that does not keep the process alive (a tap whose server and host are gone ends). */
function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

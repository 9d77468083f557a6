import type { Readable, Writable } from "node:stream";
import { RecordStore } from "../record/store";
import type { Target } from "../../lib/target/target";
import { visible } from "../../lib/text/visible";
import { TapRecorder } from "./recorder";
import { restartLists } from "./restart";
import type { SurfaceDiff } from "../../lib/surface";
import { diffLines, type RestartOutcome } from "./restart-outcome";
import { claimSessionFile, saveTapPage, saveTapSession, startJournal } from "./session";
import { StdioTap } from "./stdio-tap";
import type { TapPage } from "./page";
import { openTapPage, type TapPageRequest } from "./open-page";
import { startWatching } from "./watch-paths";

export interface StdioTapRun {
  command: string;
  args: string[];
  cwd?: string;
  /** The environment the host gave the tap: the server gets it whole (the documented exception to the launcher's allow-list). */
  env: NodeJS.ProcessEnv;
  saveSession?: string;
  /** --html FILE: the session as a page file too, when the host disconnects. */
  html?: string;
  /** Files or folders whose change restarts the server under the host. */
  watch: string[];
  /** How long a restarted server gets to answer the host's initialize (`--restart-timeout MS`; default 10 s). */
  restartTimeoutMs?: number;
  /** The host's pipes (process.stdin, stdout, stderr; tests hand their own). */
  host?: { input: Readable; output: Writable; log: Writable };
  /** The record's bound on memory, in bytes. */
  recordMaxBytes?: number;
  /** Tells the caller how to restart (tests, the page); receives the running tap. */
  onStarted?(tap: RunningStdioTap): void;
  /** The live page (--port; 0: any free one); absent: no page (--no-page, and tests that do not look). */
  page?: TapPageRequest;
}

export interface RunningStdioTap {
  tap: StdioTap;
  /** The live page, once it is up (undefined with no page, or while it starts). */
  page?: TapPage;
  record: RecordStore;
  recorder: TapRecorder;
  restart(why: string): Promise<RestartOutcome>;
}

/**
 * `inspector tap -- <command…>` over stdio: spawn the server, forward both ways, record a copy;
 * restart on SIGUSR2 or a watched change; write the session when the host disconnects. Our own
 * words go to stderr only (the host's log): stdout is the host's channel.
 */
export async function runStdioTap(o: StdioTapRun): Promise<number> {
  const host = o.host ?? { input: process.stdin, output: process.stdout, log: process.stderr };
  // A host that quits may close our stderr with our stdin and stdout (issue 90 point 8): a line
  // of ours (the server's stderr, "session saved") then meets a closed pipe, and an EPIPE nobody
  // heard ended the tap with 1 though the host went first. Our words are for the host's log; with
  // no log left they are dropped.
  host.log.on("error", () => undefined);
  const say = (text: string) => void (host.log.writable && host.log.write(`mcp-inspector-harness tap: ${text}\n`));
  // A second tap of the same FILE keeps its session beside it (issue 90 item 5).
  const saveSession = o.saveSession && claimSessionFile(o.saveSession, say);
  const record = new RecordStore(o.recordMaxBytes ? { maxBytes: o.recordMaxBytes } : {});
  const recorder = new TapRecorder(record);
  const env = Object.fromEntries(Object.entries(o.env).filter((e): e is [string, string] => e[1] !== undefined));
  const tap = new StdioTap({ command: o.command, args: o.args, env, cwd: o.cwd }, host, recorder, o.restartTimeoutMs);
  const target: Target = { transport: "stdio", command: o.command, args: o.args, env: {}, ...(o.cwd ? { cwd: o.cwd } : {}) };
  // Kept as it happens: a host that kills the tap (Codex CLI: SIGTERM, SIGKILL 11 ms later) leaves the journal.
  const journal = saveSession ? startJournal(saveSession, record, target, o.env, say, recorder) : undefined;
  try {
    await tap.start();
  } catch (e) {
    say(`cannot start ${visible(o.command)}: ${(e as Error).message}`);
    journal?.done();
    return 127;
  }
  let chain: Promise<unknown> = Promise.resolve();
  // The page learns of every restart (the page's own, SIGUSR2, a watched file) once it is open.
  const page: { session?: { noteRestart(r: RestartOutcome & { ok: true }): void } } = {};
  const restart = (why: string): Promise<RestartOutcome> => {
    const next = chain.then(async (): Promise<RestartOutcome> => {
      say(`restarting the server (${why})`);
      let diff: SurfaceDiff | undefined;
      try {
        const r = await tap.restart(restartLists(record, recorder, (d) => (diff = d)));
        say(
          `${r.incomplete ? "the restart failed" : "restarted"} (pid ${tap.pid}): ${r.failed} request(s) in flight answered with an error${r.incomplete ? `, ${r.incomplete.refused} held request(s) answered with the failure` : ""}${r.notified.length ? `, sent ${r.notified.join(", ")}` : ""}${r.gate.notes.length ? `; ${r.gate.notes.join("; ")}` : ""}`,
        );
        const outcome = { ok: true as const, failed: r.failed, notified: r.notified, changes: diff ? diffLines(diff) : [] };
        page.session?.noteRestart(outcome);
        return outcome;
      } catch (e) {
        say(`restart failed: ${(e as Error).message}`);
        return { ok: false, error: (e as Error).message };
      }
    });
    chain = next;
    return next;
  };
  const onSignal = () => void restart("SIGUSR2");
  process.on("SIGUSR2", onSignal);
  // A host that quits may end the tap with a signal rather than close its stdin: the server is
  // stopped the same way and the session still saved.
  const onEnd = (signal: NodeJS.Signals) => void tap.hostGone(`the tap was ended by ${signal}`);
  process.on("SIGTERM", onEnd);
  process.on("SIGINT", onEnd);
  const watchers = startWatching(o.watch, (file) => void restart(`${file} changed`), say, saveSession);
  const running: RunningStdioTap = { tap, record, recorder, restart };
  o.onStarted?.(running);
  // Forwarding runs already: the page (its modules, its port) comes after, and never in its way.
  const opened = o.page
    ? await openTapPage(o.page, {
        record,
        recorder,
        target,
        server: [o.command, ...o.args].join(" "),
        env: o.env,
        saveSession: saveSession,
        pid: () => tap.pid,
        restart: (why) => restart(why),
        warn: say,
      })
    : undefined;
  page.session = opened?.session;
  running.page = opened?.page;
  if (opened?.page) o.page?.onPage?.(opened.page);
  say(
    `forwarding to ${visible([o.command, ...o.args].join(" "))} (pid ${tap.pid}); ${opened?.line ? `${opened.line}; ` : ""}restart with kill -USR2 ${process.pid}${saveSession ? `; the session goes to ${visible(saveSession)} when the host disconnects` : ""}`,
  );
  const code = await tap.done;
  opened?.session.end();
  process.off("SIGUSR2", onSignal);
  process.off("SIGTERM", onEnd);
  process.off("SIGINT", onEnd);
  await watchers.close();
  await chain;
  if (saveSession) {
    try {
      saveTapSession(saveSession, record, recorder, target, o.env);
      journal?.done();
      say(`session saved to ${visible(saveSession)} (${record.size} entries, ${recorder.findings.length} lint findings)`);
    } catch (e) {
      journal?.close();
      say(
        `cannot save the session to ${visible(saveSession)}: ${(e as Error).message}${journal ? `; the recording is in ${visible(journal.path)}` : ""}`,
      );
    }
  }
  if (o.html) await saveTapPage(o.html, record, recorder, target, o.env, say);
  await opened?.page?.close();
  return code;
}

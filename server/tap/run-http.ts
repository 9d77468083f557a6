import { RecordStore } from "../record/store";
import type { Target } from "../../lib/target/target";
import { TapRecorder } from "./recorder";
import { claimSessionFile, saveTapPage, saveTapSession, startJournal } from "./session";
import { startHttpTap } from "./http-tap";
import { stdioToHttp, type TapOAuth } from "./stdio-to-http";
import { openTapPage, type TapPageRequest } from "./open-page";
import type { Writable } from "node:stream";
import { visible } from "../../lib/text/visible";
import { HttpServerProcess } from "./http-process";
import type { RunningHttpTap } from "./http-tap";
import type { Recovery } from "./http-recovery";
import { diffLines, type RestartOutcome } from "./restart-outcome";
import { startWatching } from "./watch-paths";
import { watchBaseline } from "./watch-baseline";

export interface HttpTapRun {
  url: string;
  /** Serve the host Streamable HTTP on this port; stdio to the host when absent. */
  listen?: number;
  bearer?: string;
  /** Over stdio without a bearer: the OAuth login's callback and opener (stdio-to-http.ts). */
  oauth?: TapOAuth;
  saveSession?: string;
  /** --html FILE: the session as a page file too, when the host disconnects. */
  html?: string;
  env: NodeJS.ProcessEnv;
  /** Our own words (stderr: the host's log). */
  say(text: string): void;
  /** The live page (--port); absent: none. Its restart only with `command`: the tap owns no remote server's process. */
  page?: TapPageRequest;
  /** With --listen: the HTTP server's own command, which the tap starts, waits for (URL takes connections) and restarts. */
  command?: { command: string; args: string[]; cwd?: string };
  /** How long a restarting server gets to answer again, and `command`'s server to take connections (`--restart-timeout MS`; default 30 s). */
  restartTimeoutMs?: number;
  /** Files or folders whose change restarts `command`'s server. */
  watch?: string[];
  /** Where `command`'s server's stdout and stderr go (the tap's own; tests hand their own). */
  serverOutput?: { stdout: Writable; stderr: Writable };
  /** With --listen, once forwarding: the running tap (tests restart and stop it). */
  onStarted?(running: RunningHttpTapRun): void;
}

/** A `--listen` tap while it runs. */
export interface RunningHttpTapRun {
  url: string;
  record: RecordStore;
  /** Restart the tap's own server (undefined without a command). */
  restart?(why: string): Promise<RestartOutcome>;
  pid(): number | undefined;
  /** End the tap as SIGINT does. */
  stop(): void;
}

/** A recovery as the page's restart panel takes it. */
function outcomeOf(r: Recovery): RestartOutcome {
  if (r.verdict === "gone") return { ok: false, error: r.notes.join("; ") || "the server did not answer again" };
  return { ok: true, failed: r.failed, notified: r.notified, changes: r.diff ? diffLines(r.diff) : [] };
}

/** `tap --server-url URL [--listen PORT]`: forward until the host goes (stdio) or a signal comes (HTTP); then save. */
export async function runHttpTap(o: HttpTapRun): Promise<number> {
  const record = new RecordStore();
  const recorder = new TapRecorder(record);
  const say = (t: string) => o.say(`mcp-inspector-harness tap: ${t}`);
  // A second tap of the same FILE keeps its session beside it (issue 90 item 5).
  const saveSession = o.saveSession && claimSessionFile(o.saveSession, say);
  // The session file names the URL only: the token is no part of the target (headers stay out).
  const target: Target = { transport: "http", url: o.url, headers: {} };
  let code: number;
  // The token is a secret of a saved session as the host's environment is (it may be echoed back).
  const secretsEnv = { ...o.env, ...(o.bearer ? { TAP_BEARER: o.bearer } : {}) };
  // Kept as it happens (server/record/session-journal.ts): a host that kills the tap leaves the journal.
  const journal = saveSession ? startJournal(saveSession, record, target, secretsEnv, say) : undefined;
  // Forwarding starts first; the page (its modules, its port) after, never in its way.
  const pageFor = () =>
    o.page
      ? openTapPage(o.page, { record, recorder, target, server: o.url, env: secretsEnv, saveSession: saveSession, warn: say })
      : Promise.resolve(undefined);
  let opened: Awaited<ReturnType<typeof pageFor>>;
  if (o.listen !== undefined) {
    // The watched paths as the server about to start reads them: a change before the watch is ready still restarts it.
    const watchSince = watchBaseline(o.watch ?? []);
    let proc: HttpServerProcess | undefined;
    if (o.command) {
      const c = o.command;
      const env = Object.fromEntries(Object.entries(o.env).filter((e): e is [string, string] => e[1] !== undefined));
      proc = new HttpServerProcess(
        { command: c.command, args: c.args, env, cwd: c.cwd },
        new URL(o.url),
        recorder,
        o.serverOutput ?? { stdout: process.stdout, stderr: process.stderr },
        say,
        o.restartTimeoutMs,
      );
      try {
        await proc.start();
      } catch (e) {
        say(`cannot start ${visible(c.command)}: ${(e as Error).message}`);
        recorder.end();
        return 127;
      }
    }
    let tap: RunningHttpTap;
    try {
      tap = await startHttpTap({
        url: o.url,
        port: o.listen,
        bearer: o.bearer,
        recorder,
        record,
        say,
        recoverMs: o.restartTimeoutMs,
        // A browser page is served only when it is this tap's own live page (issue 88).
        ownOrigins: () => (opened?.page ? ["127.0.0.1", "localhost", "[::1]"].map((h) => `http://${h}:${opened!.page!.port}`) : []),
        // The page shows every restart: the tap's own, and a server's that restarted on its own.
        recovered: (r) => {
          const out = outcomeOf(r);
          if (out.ok) opened?.session.noteRestart(out);
        },
      });
    } catch (e) {
      await proc?.stop();
      throw e;
    }
    const restart = proc ? serialRestart(tap, proc, say) : undefined;
    const onSignal = () =>
      restart ? void restart("SIGUSR2") : say("SIGUSR2: no restart here: the tap owns no process (give the server's command after --)");
    process.on("SIGUSR2", onSignal);
    const watchers = restart
      ? startWatching(o.watch ?? [], (file) => void restart(`${file} changed`), say, saveSession, watchSince)
      : undefined;
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    o.onStarted?.({ url: tap.url, record, restart, pid: () => proc?.pid, stop });
    opened = o.page
      ? await openTapPage(o.page, {
          record,
          recorder,
          target,
          server: o.url,
          env: secretsEnv,
          saveSession: saveSession,
          warn: say,
          ...(restart ? { pid: () => proc?.pid, restart } : {}),
        })
      : undefined;
    if (opened?.page) o.page?.onPage?.(opened.page);
    const owned = proc
      ? ` (started ${visible([o.command!.command, ...o.command!.args].join(" "))}, pid ${proc.pid}; restart with kill -USR2 ${process.pid})`
      : "";
    say(`forwarding ${tap.url} to ${o.url}${owned}${opened ? `; ${opened.line}` : ""}`);
    await stopped;
    process.off("SIGUSR2", onSignal);
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await watchers?.close();
    await tap.close();
    await proc?.stop();
    recorder.end();
    code = 0;
  } else {
    const forwarding = stdioToHttp({
      url: o.url,
      bearer: o.bearer,
      oauth: o.oauth,
      host: { input: process.stdin, output: process.stdout, log: process.stderr },
      recorder,
    });
    opened = await pageFor();
    if (opened?.page) o.page?.onPage?.(opened.page);
    say(`forwarding stdio to ${o.url}${opened ? `; ${opened.line}` : ""}`);
    code = await forwarding;
  }
  opened?.session.end();
  if (saveSession) {
    saveTapSession(saveSession, record, recorder, target, secretsEnv);
    journal?.done();
    say(`session saved to ${visible(saveSession)}`);
  }
  if (o.html) await saveTapPage(o.html, record, recorder, target, secretsEnv, o.say);
  await opened?.page?.close();
  return code;
}

/** One restart at a time (a signal during a page's restart waits its turn), each in the tap's log. */
function serialRestart(tap: RunningHttpTap, proc: HttpServerProcess, say: (t: string) => void) {
  let chain: Promise<unknown> = Promise.resolve();
  return (why: string): Promise<RestartOutcome> => {
    const next = chain.then(async (): Promise<RestartOutcome> => {
      say(`restarting the server (${why})`);
      try {
        return outcomeOf(await tap.restart(why, () => proc.restart()));
      } catch (e) {
        say(`restart failed: ${(e as Error).message}`);
        return { ok: false, error: (e as Error).message };
      }
    });
    chain = next;
    return next;
  };
}

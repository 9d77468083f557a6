import { RecordStore } from "../record/store";
import type { Target } from "../../lib/target/target";
import { visible } from "../../lib/text/visible";
import { TapRecorder } from "./recorder";
import { restartLists } from "./restart";
import type { SurfaceDiff } from "../../lib/surface";
import { diffLines, type RestartOutcome } from "./restart-outcome";
import { claimSessionFile, saveTapPage, saveTapSession, startJournal } from "./session";
import type { StdioTap } from "./stdio-tap";
import type { EarlyRecorder } from "./early-recorder";
import { openTapPage } from "./open-page";
import { startWatching } from "./watch-paths";
import type { RunningStdioTap, StdioTapRun } from "./stdio-tap-run";
import type { WatchBaseline } from "./watch-baseline";

/**
 * The rest of a stdio tap, once its server is spawned and forwarding (run-stdio.ts): the record
 * and its recorder (handed what was forwarded meanwhile), the journal, restart on SIGUSR2 or a
 * watched change, the live page, the start line; then, when the host or the server goes, the
 * session saved. Resolves with the tap's exit code.
 */
export async function afterSpawn(
  o: StdioTapRun,
  {
    tap,
    early,
    say,
    restartAsked,
    watchSince,
  }: { tap: StdioTap; early: EarlyRecorder; say: (text: string) => void; restartAsked: () => boolean; watchSince?: WatchBaseline },
): Promise<number> {
  // A second tap of the same FILE keeps its session beside it (issue 90 item 5).
  const saveSession = o.saveSession && claimSessionFile(o.saveSession, say);
  const record = new RecordStore(o.recordMaxBytes ? { maxBytes: o.recordMaxBytes } : {});
  const recorder = new TapRecorder(record);
  const target: Target = { transport: "stdio", command: o.command, args: o.args, env: {}, ...(o.cwd ? { cwd: o.cwd } : {}) };
  // Kept as it happens: a host that kills the tap (Codex CLI: SIGTERM, SIGKILL 11 ms later) leaves the journal.
  const journal = saveSession ? startJournal(saveSession, record, target, o.env, say, recorder) : undefined;
  // What was forwarded while this loaded, recorded (and journalled) with the times it happened.
  early.attach(recorder);
  // The journal is open: what the server wrote meanwhile (held with --save-session) goes to the host.
  tap.releaseOutput();
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
  // SIGUSR2 came while this loaded.
  if (restartAsked()) void restart("SIGUSR2");
  const watchers = startWatching(o.watch, (file) => void restart(`${file} changed`), say, saveSession, watchSince);
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

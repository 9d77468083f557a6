import path from "node:path";
import type { RecordStore } from "../record/store";
import type { WatchedSession } from "../bridge/ws-bridge";
import type { SessionState, TapView } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import { asRecord } from "../../lib/json/shape";
import type { TapRecorder } from "./recorder";
import { saveTapSession, tapState } from "./session";
import type { RestartOutcome } from "./restart-outcome";

export interface TapSessionOptions {
  record: RecordStore;
  recorder: TapRecorder;
  target: Target;
  /** The server as the person reads it: the command line, or the URL. */
  server: string;
  /** The environment the host gave the tap: its values are redacted from a saved session. */
  env: NodeJS.ProcessEnv;
  /** --save-session FILE: where the page's save writes too; without it, a file named by the time in the working directory. */
  saveSession?: string;
  /** The server's pid (stdio), for the header. */
  pid?(): number | undefined;
  /** Restart the server under the host (stdio); absent: the page's restart is refused. */
  restart?(why: string): Promise<RestartOutcome>;
}

/** Why the page drives nothing in a host's session (after "this is a host's session seen through the tap: "). */
export const TAP_REFUSAL =
  "the host drives it, and the tap adds nothing to its traffic (no list, no call, no ping); the tabs show what the host listed";

/**
 * A host's session as the page sees it through the tap (issue 65): the state is made from what
 * the recorder saw (the host's initialize, the server's answer), and news of it follows the
 * record, never the forwarding path. The page watches it; it drives nothing but a restart and a save.
 */
export class TapSession implements WatchedSession {
  readonly watched = true as const;
  readonly refusal = TAP_REFUSAL;
  private readonly listeners = new Set<(s: SessionState) => void>();
  private generation = 1;
  private ended = false;
  private saved?: TapView["saved"];
  private lastRestart?: TapView["restarted"];
  private restarts = 0;
  private seen: { init?: unknown; result?: unknown; pid?: number } = {};
  private scheduled = false;
  private readonly stop: () => void;
  readonly restart?: () => Promise<SessionState>;

  constructor(private readonly o: TapSessionOptions) {
    // Each entry is recorded on the recording side (after forwarding): a cheap look, and a state
    // event at most once per turn of the loop, only when what the page shows changed.
    this.stop = o.record.subscribe(() => this.check());
    if (o.restart) {
      const restart = o.restart;
      this.restart = async () => {
        const noted = this.restarts;
        const r = await restart("restarted from the page");
        if (!r.ok) throw new Error(`the restart failed: ${r.error}`);
        // The tap's runner tells every restart (noteRestart); one that did not is told here.
        if (this.restarts === noted) this.noteRestart(r);
        return this.getState();
      };
    }
  }

  getState(): SessionState {
    const { recorder, target } = this.o;
    const base = tapState(recorder, target);
    const init = recorder.hostInitialize?.params;
    const pid = this.o.pid?.();
    return {
      ...base,
      status: this.ended ? "disconnected" : "connected",
      generation: this.generation,
      ...(pid !== undefined && !this.ended ? { pid } : {}),
      tap: {
        ...(init ? { clientInfo: asRecord(init.clientInfo), clientCapabilities: asRecord(init.capabilities) } : {}),
        server: this.o.server,
        canRestart: this.o.restart !== undefined && !this.ended,
        ...(this.saved ? { saved: this.saved } : {}),
        ...(this.lastRestart ? { restarted: this.lastRestart } : {}),
      },
    };
  }

  onState(listener: (s: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A restart happened, whoever started it (the page, SIGUSR2, a watched file, or an HTTP server
   * that restarted on its own): the page shows what it sent the host and the surface diff.
   */
  noteRestart(r: RestartOutcome & { ok: true }): void {
    this.restarts++;
    this.lastRestart = { at: Date.now(), failed: r.failed, notified: r.notified, changes: r.changes };
    this.generation++;
    this.emit();
  }

  /** Write the session file now (the page's Save); the host's session goes on. */
  async save(): Promise<{ file: string; entries: number; findings: number }> {
    const file = path.resolve(this.o.saveSession ?? `tap-session-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    saveTapSession(file, this.o.record, this.o.recorder, this.o.target, this.o.env);
    this.saved = { file, entries: this.o.record.size };
    this.emit();
    return { file, entries: this.o.record.size, findings: this.o.recorder.findings.length };
  }

  /** The host went: the page says so (the record stays readable while the tap's page is up). */
  end(): void {
    this.ended = true;
    this.stop();
    this.emit();
  }

  private check(): void {
    const { recorder } = this.o;
    const now = { init: recorder.hostInitialize, result: recorder.serverInitialize, pid: this.o.pid?.() };
    if (now.init === this.seen.init && now.result === this.seen.result && now.pid === this.seen.pid) return;
    this.seen = now;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.emit();
    });
  }

  private emit(): void {
    const state = this.getState();
    for (const l of this.listeners) l(state);
  }
}

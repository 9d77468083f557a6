import { WATCHED_REFUSAL, type WatchedSession } from "../bridge/ws-bridge";
import type { SessionState } from "../../lib/session/state";
import type { HubLinkFrame } from "../../lib/wire/hub";
import { MirrorRecord } from "./hub-record";
import { TAP_REFUSAL } from "./tap-view";

/** How long the page's restart or save waits for the tap that owns the session. */
const COMMAND_TIMEOUT_MS = 60_000;

/**
 * A joined tap's session as the hub's page sees it: a mirror of its record and its state, fed by
 * the tap over its link. Restart and save go to that tap (it owns the server's process and the
 * session file); once its link is gone the session reads as ended and they are refused.
 */
export class RemoteSession implements WatchedSession {
  readonly watched = true as const;
  readonly refusal = TAP_REFUSAL;
  readonly record = new MirrorRecord();
  private readonly listeners = new Set<(s: SessionState) => void>();
  private readonly waiting = new Map<string, { resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();
  private next = 1;
  private live = true;

  constructor(
    readonly key: string,
    readonly server: string,
    readonly pid: number,
    private state: SessionState,
    private readonly send: (frame: HubLinkFrame) => void,
  ) {}

  get isLive(): boolean {
    return this.live;
  }

  getState(): SessionState {
    if (this.live) return this.state;
    const { pid: _pid, ...rest } = this.state;
    return { ...rest, status: "disconnected", ...(rest.tap ? { tap: { ...rest.tap, canRestart: false } } : {}) };
  }

  onState(listener: (s: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readonly restart = async (): Promise<SessionState> => (await this.command("restart")) as SessionState;

  readonly save = async (): Promise<{ file: string; entries: number; findings: number }> =>
    (await this.command("save-session")) as { file: string; entries: number; findings: number };

  /** The tap's state, as it sent it. */
  setState(state: SessionState): void {
    this.state = state;
    this.emit();
  }

  /** The tap's answer to a command the page sent it. */
  reply(id: string, ok: boolean, result: unknown, error: string | undefined): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    clearTimeout(w.timer);
    if (ok) w.resolve(result);
    else w.reject(new Error(error ?? "the tap refused it"));
  }

  /** The tap's link closed: its host went (or the tap did). The record stays readable. */
  end(): void {
    if (!this.live) return;
    this.live = false;
    for (const [id, w] of this.waiting) {
      clearTimeout(w.timer);
      w.reject(new Error("the tap that owns this session has gone"));
      this.waiting.delete(id);
    }
    this.emit();
  }

  private command(command: "restart" | "save-session"): Promise<unknown> {
    if (!this.live) return Promise.reject(new Error(`${WATCHED_REFUSAL}: the tap that owns this session has gone (its host closed it)`));
    const id = `h${this.next++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`the tap (pid ${this.pid}) did not answer within ${COMMAND_TIMEOUT_MS / 1000} s`));
      }, COMMAND_TIMEOUT_MS);
      this.waiting.set(id, { resolve, reject, timer });
      this.send({ type: "hub-command", id, command });
    });
  }

  private emit(): void {
    const s = this.getState();
    for (const l of this.listeners) l(s);
  }
}

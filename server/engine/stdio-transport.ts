import type { ChildProcess } from "node:child_process";
import type { JSONRPCMessage, Transport } from "@modelcontextprotocol/client";
import { parseJsonRpcMessage } from "./jsonrpc-message";
import { LineSplitter } from "./line-splitter";
import { StderrWrites } from "./stderr-writes";
import { watchGroup } from "./group-reaper";
import { spawnTarget, type EarlyTarget, type ExitInfo, type StdioLaunch } from "./spawn-target";
import { ProcessGroup } from "./process-group";

export type { ExitInfo, StdioLaunch } from "./spawn-target";

/** What the transport saw on the wire, reported before the message is delivered. */
export interface StdioObserver {
  spawned(pid: number): void;
  /** A stdout line that parsed as JSON. `problem` says why it is not delivered, if it is not. */
  incoming(message: unknown, raw: string, bytes: number, problem?: string, invalidUtf8?: boolean): void;
  noise(text: string, reason: string, bytes: number): void;
  /** What the target wrote to stderr in one write (a stack trace stays whole), newlines inside. */
  stderr(text: string): void;
  exited(info: ExitInfo): void;
}

/**
 * A stdio client transport that keeps what the SDK's StdioClientTransport throws away:
 * non-JSON stdout lines, invalid messages, stderr lines and the exit status. It spawns the
 * target in its own process group so that closing kills the target's children too.
 */
export class StdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private child?: ChildProcess;
  private group?: ProcessGroup;
  private exit?: ExitInfo;
  private stdoutEnded = false;
  private stderrEnded = false;
  private drainWaiters: Array<() => void> = [];
  private closedReported = false;
  /** Lines sent in this turn, written together at its end (see send). */
  private queued = "";
  private queuedSettle: Array<(err: Error | null | undefined) => void> = [];
  private readonly flushQueued = () => this.flush();
  /** When the bytes now waiting to go into the server's stdin began to wait (undefined: none wait). */
  private writingSince?: number;

  constructor(
    private readonly launch: StdioLaunch,
    private readonly observer: StdioObserver,
    /** A target the launcher started early: adopted instead of spawning, when it is this launch. */
    private readonly early?: EarlyTarget,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }
  get exitInfo(): ExitInfo | undefined {
    return this.exit;
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const early = this.early?.adopt(this.launch);
      const child = early?.child ?? spawnTarget(this.launch);
      this.child = child;
      const group = (this.group = new ProcessGroup(child));
      let started = false;
      const onError = (err: Error) => {
        if (!started) return reject(err);
        this.onerror?.(err);
      };
      const onSpawn = () => {
        started = true;
        group.watched(early?.reaper ?? (process.platform !== "win32" ? watchGroup(child.pid!) : undefined));
        this.observer.spawned(child.pid!);
        resolve();
      };
      // An adopted target may have started, failed or exited already: those events are past.
      if (early?.error) onError(early.error);
      else child.once("error", onError);
      if (early?.started) onSpawn();
      else if (!early?.error) child.once("spawn", onSpawn);
      const out = new LineSplitter({
        line: (text, bytes, validUtf8) => this.onStdoutLine(text, bytes, validUtf8),
        overlong: (bytes, head) => this.observer.noise(head + "…", `line of ${bytes} bytes exceeds the line limit and was skipped`, bytes),
      });
      const err = new StderrWrites((text) => this.observer.stderr(text));
      const stdout = early?.stdout ?? child.stdout!;
      const stderr = early?.stderr ?? child.stderr!;
      stdout.on("data", (c: Buffer) => out.push(c));
      stdout.on("end", () => {
        out.end();
        this.stdoutEnded = true;
        this.maybeClosed();
      });
      stderr.on("data", (c: Buffer) => err.push(c));
      stderr.on("end", () => {
        err.end();
        this.stderrEnded = true;
        this.maybeClosed();
      });
      child.stdin!.on("error", (e) => this.onerror?.(e));
      const onExit = (code: number | null, signal: string | null) => {
        this.exit = { code, signal };
        group.endOrphans();
        this.observer.exited(this.exit);
        group.exited(this.exit);
        this.maybeClosed();
      };
      if (early?.exit) onExit(early.exit.code, early.exit.signal);
      else child.once("exit", onExit);
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.child?.stdin;
    if (!stdin || this.exit || stdin.destroyed) return Promise.reject(new Error("Not connected: the server process has exited"));
    const line = JSON.stringify(message) + "\n";
    return new Promise((resolve, reject) => {
      // The lines sent in one turn (a load run's next calls, answered together) go out as one
      // write at its end: one pipe write and one wake-up of the target instead of one each (bench
      // figure 7: the writes were a quarter of this process's CPU per call). Order is kept.
      if (this.queuedSettle.length === 0) process.nextTick(this.flushQueued);
      this.queued += line;
      this.queuedSettle.push((err) => (err ? reject(err) : resolve()));
    });
  }

  /** Write what send queued, as one write; each send settles with it. */
  private flush(): void {
    const settle = this.queuedSettle;
    if (settle.length === 0) return;
    const text = this.queued;
    this.queued = "";
    this.queuedSettle = [];
    const stdin = this.child?.stdin;
    if (!stdin || stdin.destroyed) {
      const err = new Error("Not connected: the server process has exited");
      for (const s of settle) s(err);
      return;
    }
    if (stdin.writableLength === 0) this.writingSince = performance.now();
    stdin.write(text, (err) => {
      if (stdin.writableLength === 0) this.writingSince = undefined;
      for (const s of settle) s(err);
    });
  }

  /**
   * Said when a request is given up: whether the server has stopped reading its stdin (what was
   * sent to it has waited over a second to be written, the pipe being full), which a slow server
   * that reads but has not answered yet does not do.
   */
  silence(): { fault: "stdin-unread"; words: string } | undefined {
    const stdin = this.child?.stdin;
    if (this.writingSince === undefined || !stdin || stdin.destroyed) return undefined;
    const waited = performance.now() - this.writingSince;
    if (waited < 1000) return undefined;
    return {
      fault: "stdin-unread",
      // No counts in the words: a load run groups its errors by message.
      words: "the server is not reading its stdin: what was sent to it has waited over a second to be written (the pipe to it is full)",
    };
  }

  /** Close stdin, give the target a moment to exit, then terminate its whole process group. */
  async close(): Promise<void> {
    const child = this.child;
    // Never spawned (e.g. command not found), or already gone: nothing to stop.
    if (!child || child.pid === undefined || this.exit) return this.reportClosed();
    this.flush();
    await this.group!.stop();
    this.reportClosed();
  }

  /** Synchronous last resort for process exit: kill the target's group now. */
  killNow(): void {
    this.group?.killNow();
  }

  private onStdoutLine(text: string, bytes: number, validUtf8: boolean): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      const reason = validUtf8 ? "not JSON" : "not JSON (invalid UTF-8)";
      return this.observer.noise(text, reason, bytes);
    }
    if (Array.isArray(json)) {
      return this.observer.incoming(
        json,
        text,
        bytes,
        "JSON-RPC batch: batches were removed in protocol 2025-06-18 and are not delivered",
        !validUtf8,
      );
    }
    const parsed = parseJsonRpcMessage(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.observer.incoming(
        json,
        text,
        bytes,
        `not a valid JSON-RPC message${issue ? `: ${issue.message}${issue.path.length ? ` at ${issue.path.join(".")}` : ""}` : ""}`,
        !validUtf8,
      );
    }
    this.observer.incoming(json, text, bytes, undefined, !validUtf8);
    this.onmessage?.(parsed.data);
  }

  /** Resolves once stdout and stderr have both ended (everything the target wrote is recorded). */
  drained(): Promise<void> {
    if (this.stdoutEnded && this.stderrEnded) return Promise.resolve();
    return new Promise((r) => this.drainWaiters.push(r));
  }

  private maybeClosed(): void {
    if (this.stdoutEnded && this.stderrEnded) for (const w of this.drainWaiters.splice(0)) w();
    if (this.exit && this.stdoutEnded && this.stderrEnded) this.reportClosed();
  }

  private reportClosed(): void {
    if (this.closedReported) return;
    this.closedReported = true;
    this.onclose?.();
  }
}

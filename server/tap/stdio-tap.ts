import type { ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { watchGroup } from "../engine/group-reaper";
import { ProcessGroup } from "../engine/process-group";
import { spawnTarget, type ExitInfo, type StdioLaunch } from "../engine/spawn-target";
import type { EarlyRecorder } from "./early-recorder";
import { HandshakeGate, type GateResult } from "./handshake-gate";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";

/** The host's side of a stdio tap: what it writes to us, where we write the server's output, its log. */
export interface HostPipes {
  input: Readable;
  output: Writable;
  log: Writable;
}

/** What a restart did, for the record, the page and the person. */
export interface RestartReport {
  /** Host requests that were in flight and got the "server restarted" error. */
  failed: number;
  /** The list_changed notifications sent to the host. */
  notified: string[];
  gate: GateResult;
  /** The new server did not complete its handshake: the held requests got the restart's error, not the server. */
  incomplete?: { refused: number };
}

/** The error a host's request gets when the server it went to was restarted under it. */
export const RESTARTED_CODE = -32603;

/**
 * A stdio tap: the host's stdin goes to the server's stdin, the server's stdout to the host's
 * stdout and its stderr to the host's log, chunk by chunk as read, never re-serialised (a `\r`,
 * a key order, invalid UTF-8 all pass as they came). Each chunk is handed to the recorder only
 * after it was written on. Backpressure is passed through: a slow reader pauses the writer.
 */
export class StdioTap {
  private child?: ChildProcess;
  private group?: ProcessGroup;
  /** Host chunks held while a restart's handshake runs; forwarded in order after it. */
  private held?: Buffer[];
  private hostEnded = false;
  private finished!: (code: number) => void;
  /** The exit code the tap ends with: the server's own when it exits, 0 when the host went first. */
  readonly done = new Promise<number>((r) => (this.finished = r));
  private answered?: () => void;
  /** The server's output held until the session's journal is open (`holdOutput`). */
  private outputHeld?: Array<[ChildProcess, Buffer]>;
  /** The server's first output was forwarded to the host (its answer to the host's initialize, as a rule). */
  readonly firstOutput = new Promise<void>((r) => (this.answered = r));
  private restarting = false;
  /** The restart generation of the server running now (0: the first): each host chunk is stamped with the server it went to. */
  private generation = 0;
  /** The host's last forwarded chunk ended inside a line: the rest of that line is the server's it began at. */
  private hostMidLine = false;
  /** During a restart, the old server's stdin: the rest of a line the host had begun goes there, not to the new one. */
  private oldStdin?: Writable;
  /** After a restart that could not complete, the rest of a held line the host was halfway through goes nowhere. */
  private dropMidLine = false;

  constructor(
    private readonly launch: StdioLaunch,
    private readonly host: HostPipes,
    /** The recorder's stand-in until it has loaded (the server is spawned first): early-recorder.ts. */
    private readonly recorder: EarlyRecorder,
    /** How long a restarted server gets to answer the host's initialize (`--restart-timeout`; default the gate's 10 s). */
    private readonly restartTimeoutMs?: number,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Spawn the server and start forwarding; rejects when it cannot start (command not found). */
  async start(): Promise<void> {
    await this.spawn();
    this.host.input.on("data", (c: Buffer) => this.fromHost(c));
    this.host.input.on("end", () => void this.hostGone());
    // A stdin the host tears down (a reset rather than an end) is the host gone too, not a crash.
    this.host.input.on("error", () => void this.hostGone());
    // A host that closes our stdout (it quit) must not crash the tap with EPIPE: the server is stopped instead.
    this.host.output.on("error", () => void this.hostGone());
  }

  private spawn(gate?: HandshakeGate): Promise<ChildProcess> {
    const child = spawnTarget(this.launch);
    const group = new ProcessGroup(child);
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("spawn", () => {
        child.off("error", reject);
        child.on("error", () => undefined);
        group.watched(process.platform !== "win32" ? watchGroup(child.pid!) : undefined);
        this.child = child;
        this.group = group;
        this.recorder.lifecycle("spawned", `started ${this.launch.command} (pid ${child.pid})`);
        this.wire(child, group, gate);
        resolve(child);
      });
    });
  }

  private wire(child: ChildProcess, group: ProcessGroup, gate?: HandshakeGate): void {
    child.stdin!.on("error", () => undefined);
    child.stdout!.on("data", (c: Buffer) => {
      if (gate && !gate.open) {
        const rest = gate.push(c);
        if (rest.length) this.toHost(child, rest);
        return;
      }
      if (gate?.filtering) {
        const out = gate.pass(c);
        if (out.length) this.toHost(child, out);
        return;
      }
      this.toHost(child, c);
    });
    child.stderr!.on("data", (c: Buffer) => {
      if (this.host.log.writable) this.host.log.write(c);
      this.recorder.chunk("stderr", c);
    });
    child.once("exit", (code, signal) => {
      const info: ExitInfo = { code, signal };
      group.exited(info);
      group.endOrphans();
      this.recorder.lifecycle("exited", signal ? `the server was ended by ${signal}` : `the server exited with code ${code}`);
      if (child === this.child && !this.restarting && !this.hostEnded) {
        // The server is gone on its own: the host sees its stdout end, as it would without us.
        child.stdout!.once("close", () => this.finish(code ?? 1));
        if (child.stdout!.closed) this.finish(code ?? 1);
      }
    });
  }

  /**
   * A host chunk: to the server now, or held while a restart runs. Held frames start at a line's
   * start: the end of a line begun before the restart still goes to the old server, so each request
   * belongs to one server, and is answered once (by it, or by the restart's error for it).
   */
  private fromHost(c: Buffer): void {
    if (this.dropMidLine) {
      // The rest of a held line whose request got the restart's error: the server never saw its start.
      const nl = c.indexOf(10);
      this.dropMidLine = nl === -1;
      const head = nl === -1 ? c : c.subarray(0, nl + 1);
      this.recorder.chunk("host", head, this.generation);
      c = c.subarray(head.length);
      if (c.length === 0) return;
    }
    if (this.held) {
      if (this.hostMidLine) {
        const nl = c.indexOf(10);
        const head = nl === -1 ? c : c.subarray(0, nl + 1);
        this.hostMidLine = nl === -1;
        if (this.oldStdin && !this.oldStdin.writableEnded) this.oldStdin.write(head);
        this.recorder.chunk("host", head, this.generation);
        c = c.subarray(head.length);
        if (c.length === 0) return;
      }
      this.held.push(c);
      this.recorder.chunk("host", c, this.generation + 1);
      return;
    }
    // Recorded first (with --save-session, journalled raw): the server's answer never reaches the
    // journal before the request it answers.
    this.recorder.chunk("host", c, this.generation);
    const stdin = this.child?.stdin;
    if (stdin && !stdin.destroyed && !stdin.write(c)) {
      this.host.input.pause();
      stdin.once("drain", () => this.host.input.resume());
    }
    this.hostMidLine = c[c.length - 1] !== 10;
  }

  /**
   * Hold what the server writes until `releaseOutput` (before `start`): a host that kills the tap
   * right after an answer (Codex CLI) must find every frame it got in the session's journal, so
   * nothing reaches it before the journal is open (run-stdio.ts).
   */
  holdOutput(): void {
    this.outputHeld ??= [];
  }

  /** What the server wrote meanwhile goes to the host now, in order, and from now on as it comes. */
  releaseOutput(): void {
    const held = this.outputHeld ?? [];
    this.outputHeld = undefined;
    for (const [child, c] of held) this.toHost(child, c);
  }

  private toHost(child: ChildProcess, c: Buffer): void {
    if (this.outputHeld) return void this.outputHeld.push([child, c]);
    this.answered?.();
    this.answered = undefined;
    // Recorded before the host has it: with --save-session the frame is in the journal (a
    // synchronous write) first, so a host that kills the tap the moment it reads an answer (Codex
    // CLI: SIGTERM, SIGKILL 11 ms later) finds it there even when a loaded machine parks this
    // process between the two writes (the journal lost "answer 3" so at a load of 15).
    this.recorder.chunk("server", c);
    if (!this.host.output.write(c)) {
      child.stdout!.pause();
      this.host.output.once("drain", () => child.stdout!.resume());
    }
  }

  /** The host closed our stdin (or ended the tap with a signal): the server gets EOF, a moment, then its group is ended. */
  async hostGone(why = "the host closed the connection"): Promise<void> {
    if (this.hostEnded) return;
    this.hostEnded = true;
    // Everything so far recorded now (and so in the journal): a SIGKILL may follow the SIGTERM.
    this.recorder.flush();
    const child = this.child;
    const closed = new Promise<void>((r) => (!child || child.stdout!.closed ? r() : child.stdout!.once("close", () => r())));
    await this.group?.stop();
    await closed;
    // After what the tap still forwarded while the server stopped (a host answering its roots/list).
    this.recorder.lifecycle("disconnected", why);
    this.finish(0);
  }

  private finish(code: number): void {
    this.recorder.end();
    this.finished(code);
  }

  /** Stop the server's group now (the tap itself is ending). */
  async stop(): Promise<void> {
    await this.group?.stop();
  }

  /**
   * Restart under the host: hold the host's frames from here on, stop this process, answer the
   * host's requests it was sent and never answered with an error, start a new one and hand it the
   * host's own initialize and initialized (its answer stays here), then the held frames, which the
   * new process answers (never the error: one answer per request). `lists` asks the new process
   * for its lists (the tap's own ids; their answers stay here too) and says which list_changed to send.
   */
  async restart(lists: (gate: HandshakeGate, result: Record<string, unknown> | undefined) => Promise<string[]>): Promise<RestartReport> {
    if (this.restarting) throw new Error("a restart is already under way");
    // Which requests were in flight, the host's initialize: the recorder's pairing knows them.
    const recorder = this.recorder.loaded;
    this.restarting = true;
    this.held = [];
    try {
      const old = this.child;
      const oldGroup = this.group;
      this.oldStdin = old?.stdin ?? undefined;
      this.recorder.lifecycle("note", "restart: stopping the server");
      if (old && oldGroup) {
        const closed = new Promise<void>((r) => (old.stdout!.closed ? r() : old.stdout!.once("close", () => r())));
        await oldGroup.stop();
        await closed;
      }
      // Everything the old process answered is recorded: what it was sent and did not answer never
      // will be. What was held meanwhile is the new process's to answer.
      const gone = recorder.unansweredBefore(this.generation + 1, (id, method) => this.answerRestarted(id, method));
      // The host's initialize as the old server got it (one held meanwhile goes to the new one as is).
      const sent = recorder.hostInitialize;
      const init = sent && sent.gen <= this.generation ? sent : undefined;
      // Still unanswered (a restart, or the page's save in a watched folder, came while the host
      // started): the new server's answer is the host's, not a restart error that ends its session.
      const initPending = init !== undefined && gone.some(([id]) => id === init.id);
      for (const [id, method] of gone) if (!(initPending && id === init.id)) this.answerRestarted(id, method);
      const failed = gone.length - (initPending ? 1 : 0);
      const gate = new HandshakeGate(init?.id, undefined, this.restartTimeoutMs);
      const child = await this.spawn(gate);
      let result: GateResult = { answered: false, notes: [] };
      const initialized = (recorder.hostInitialized ?? '{"jsonrpc":"2.0","method":"notifications/initialized"}') + "\n";
      if (init) {
        child.stdin!.write(init.raw + "\n");
        result = await gate.handshake();
        if (initPending) this.answerInitialize(init.id, result);
        // The host sends its own initialized once it has its answer.
        else if (result.answered) child.stdin!.write(initialized);
      }
      gate.writer = (line) => child.stdin!.write(line);
      // A late answer to the re-sent initialize is the tap's (the host had its own): the server then
      // gets the initialized that completes its handshake, as the host would have sent it.
      gate.onLateInitialize = () => {
        if (!initPending && child.stdin && !child.stdin.destroyed) child.stdin.write(initialized);
        this.recorder.lifecycle(
          "note",
          `restart: the new server (pid ${child.pid}) answered the host's initialize late; the answer stayed with the tap`,
        );
      };
      const notified = init && result.answered ? await lists(gate, result.result) : [];
      for (const rest of gate.release()) this.toHost(child, rest);
      for (const n of notified) this.writeToHost(Buffer.from(JSON.stringify({ jsonrpc: "2.0", method: n }) + "\n"));
      // A handshake that did not complete: what the host sent meanwhile never goes to a server that
      // is not initialized; each request is told the restart failed (issue 90 item 2).
      const incomplete = init && !result.answered ? { refused: this.refuseHeld(result) } : undefined;
      this.recorder.lifecycle(
        "note",
        `restart: the new server (pid ${child.pid}) ${result.answered ? "answered the host's initialize" : "was not initialized"}; ${failed} request(s) in flight got an error${incomplete ? `; ${incomplete.refused} request(s) held meanwhile got the restart failure` : ""}${notified.length ? `; sent ${notified.join(", ")}` : ""}`,
      );
      return { failed, notified, gate: result, ...(incomplete ? { incomplete } : {}) };
    } finally {
      const held = this.held ?? [];
      this.held = undefined;
      this.oldStdin = undefined;
      this.generation++;
      this.restarting = false;
      for (const c of held) {
        if (this.child?.stdin && !this.child.stdin.destroyed) this.child.stdin.write(c);
        this.hostMidLine = c[c.length - 1] !== 10;
      }
    }
  }

  /**
   * The restart could not complete: the host's frames held meanwhile are not forwarded (they were
   * recorded), and each request among them gets an error naming why. Returns how many.
   */
  private refuseHeld(r: GateResult): number {
    const held = this.held ?? [];
    this.held = [];
    const last = held[held.length - 1];
    // A line the host is halfway through: its end is dropped too, once it comes.
    this.dropMidLine = last !== undefined && last[last.length - 1] !== 10;
    this.hostMidLine = false;
    const why = r.notes[0] ?? "the new server was not initialized";
    const refused = this.recorder.loaded.openRequestsOf(this.generation + 1);
    for (const [id, method] of refused) {
      const error = {
        jsonrpc: "2.0",
        id,
        error: {
          code: RESTARTED_CODE,
          message: `the restart failed (mcp-inspector-harness tap): ${why}; this ${method} request was not sent to it`,
        },
      };
      this.writeToHost(Buffer.from(JSON.stringify(error) + "\n"));
    }
    return refused.length;
  }

  /** The host's initialize, pending at the restart: the new server's result, or the restart error when it gave none. */
  private answerInitialize(id: JsonRpcId, r: GateResult): void {
    if (!r.answered) return this.answerRestarted(id, "initialize");
    this.writeToHost(Buffer.from(JSON.stringify({ jsonrpc: "2.0", id, result: r.result }) + "\n"));
  }

  /** The error for a host request the old server was sent and will never answer. */
  private answerRestarted(id: JsonRpcId, method: string): void {
    const error = {
      jsonrpc: "2.0",
      id,
      error: {
        code: RESTARTED_CODE,
        message: `the server restarted (mcp-inspector-harness tap) before it answered this ${method} request`,
      },
    };
    this.writeToHost(Buffer.from(JSON.stringify(error) + "\n"));
  }

  /** A frame of the tap's own to the host (a restart's errors and notifications), recorded as the server's. */
  private writeToHost(c: Buffer): void {
    this.recorder.chunk("server", c);
    this.host.output.write(c);
  }
}

import type { ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { watchGroup } from "../engine/group-reaper";
import { ProcessGroup } from "../engine/process-group";
import { spawnTarget, type StdioLaunch } from "../engine/spawn-target";
import { reachable } from "./http-recovery";
import type { TapRecorder } from "./recorder";

/** How long a started server gets before its URL takes connections. */
export const START_MS = 30_000;
const POLL_MS = 100;

/**
 * The HTTP server the tap starts itself (`tap --server-url URL --listen PORT -- COMMAND…`): spawned
 * with the host's environment in a process group of its own (stopping it ends what it started),
 * its stdout and stderr passed on to the tap's (stderr recorded), and ready once URL takes a
 * connection. It may exit on its own: the tap says so and goes on (a restart starts it again).
 */
export class HttpServerProcess {
  private child?: ChildProcess;
  private group?: ProcessGroup;
  /** The tap is stopping it: its exit is no news for the log. */
  private stopping = false;

  constructor(
    private readonly launch: StdioLaunch,
    private readonly url: URL,
    private readonly recorder: TapRecorder,
    private readonly out: { stdout: Writable; stderr: Writable },
    private readonly say: (text: string) => void,
    private readonly startMs = START_MS,
  ) {}

  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Spawn and wait until the URL takes connections; rejects when it cannot start, exits first, or is not up in time. */
  async start(): Promise<void> {
    const child = spawnTarget(this.launch);
    const group = new ProcessGroup(child);
    await new Promise<void>((resolve, reject) => {
      child.once("error", reject);
      child.once("spawn", () => {
        child.off("error", reject);
        child.on("error", () => undefined);
        resolve();
      });
    });
    group.watched(process.platform !== "win32" ? watchGroup(child.pid!) : undefined);
    this.child = child;
    this.group = group;
    this.recorder.lifecycle("spawned", `started ${this.launch.command} (pid ${child.pid})`);
    child.stdin!.on("error", () => undefined);
    child.stdout!.on("data", (c: Buffer) => this.out.stdout.write(c));
    child.stderr!.on("data", (c: Buffer) => {
      this.out.stderr.write(c);
      this.recorder.chunk("stderr", c);
    });
    let exited = false;
    child.once("exit", (code, signal) => {
      exited = true;
      group.exited({ code, signal });
      group.endOrphans();
      this.recorder.lifecycle("exited", signal ? `the server was ended by ${signal}` : `the server exited with code ${code}`);
      if (child === this.child && !this.stopping)
        this.say(`the server (pid ${child.pid}) ${signal ? `was ended by ${signal}` : `exited with code ${code}`}`);
    });
    const deadline = performance.now() + this.startMs;
    for (;;) {
      if (exited) throw new Error(`the server exited before ${this.url.href} took connections`);
      try {
        await reachable(this.url);
        return;
      } catch {
        if (performance.now() > deadline) {
          await group.stop();
          throw new Error(`${this.url.href} took no connection within ${this.startMs} ms of the start`);
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    }
  }

  /** Stop the server's group (stdin closed, SIGTERM, SIGKILL), then start it again and wait for its URL. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await this.group?.stop();
    } finally {
      this.stopping = false;
    }
  }
}

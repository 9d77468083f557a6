"use client";
import { Store } from "../../client/store";
import { LoadEventSchema, type LoadEvent, type LoadStart } from "../../lib/load/wire";
import type { LoadProgress, LoadReport } from "../../lib/load/summary";

export interface LoadRunSnapshot {
  status: "idle" | "starting" | "running" | "stopping" | "done" | "failed";
  runId?: string;
  progress?: LoadProgress;
  report?: LoadReport;
  problem?: string;
}

/** The parts of a WebSocket this store uses (the browser's fits; tests hand a fake). */
export interface LoadSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
}

/**
 * One load run from the page, over a load channel of its own (lib/load/wire.ts): a socket opened
 * for the run, which sends only load-* commands and hears only their events, so the run's
 * progress never queues behind the record on the session socket. Validates every event.
 */
export class LoadRunStore extends Store {
  private snap: LoadRunSnapshot = { status: "idle" };
  private socket?: LoadSocketLike;
  private n = 0;

  constructor(private readonly open: () => LoadSocketLike) {
    super();
  }

  get current(): LoadRunSnapshot {
    return this.snap;
  }

  start(body: Omit<LoadStart, "type" | "id">): void {
    this.socket?.close();
    const socket = (this.socket = this.open());
    const frame = JSON.stringify({ type: "load-start", id: `l${++this.n}`, ...body });
    this.set({ status: "starting" });
    socket.onopen = () => socket.send(frame);
    socket.onmessage = (ev) => this.onEvent(String(ev.data));
    socket.onclose = () => {
      if (this.socket === socket && (this.snap.status === "starting" || this.snap.status === "running" || this.snap.status === "stopping"))
        this.set({ ...this.snap, status: "failed", problem: "the connection to the inspector closed during the run" });
    };
  }

  stop(): void {
    if (!this.socket || !this.snap.runId || this.snap.status !== "running") return;
    this.socket.send(JSON.stringify({ type: "load-stop", id: `l${++this.n}`, runId: this.snap.runId }));
    this.set({ ...this.snap, status: "stopping" });
  }

  reset(): void {
    this.socket?.close();
    this.socket = undefined;
    this.set({ status: "idle" });
  }

  private onEvent(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return this.set({ ...this.snap, status: "failed", problem: "the backend sent a frame that is not JSON" });
    }
    for (const raw of Array.isArray(json) ? json : [json]) {
      const parsed = LoadEventSchema.safeParse(raw);
      if (!parsed.success)
        return this.set({
          ...this.snap,
          status: "failed",
          problem: `the backend sent an invalid load event: ${parsed.error.issues[0]?.message}`,
        });
      this.apply(parsed.data);
    }
  }

  private apply(e: LoadEvent): void {
    switch (e.type) {
      case "load-started":
        return this.set({ status: "running", runId: e.runId });
      case "load-progress":
        return this.set({ ...this.snap, status: this.snap.status === "stopping" ? "stopping" : "running", progress: e.progress });
      case "load-done":
        this.set({ status: "done", runId: e.runId, report: e.report, progress: this.snap.progress });
        return this.socket?.close();
      case "load-failed":
        this.set({ ...this.snap, status: "failed", problem: e.message });
        return this.socket?.close();
    }
  }

  private set(next: LoadRunSnapshot): void {
    this.snap = next;
    this.changed();
  }
}

import { beforeAll, describe, expect, it, vi } from "vitest";
import { lintRecord } from "../../lib/lint";
import type { Entry } from "../../lib/record/format";
import { LintStore, entrySourceOf, fixedSource, loadLinter } from "../../client/lint-store";
import { TimelineStore } from "../../client/timeline-store";

const msg = (
  seq: number,
  dir: "client->server" | "server->client",
  message: unknown,
  pair?: Entry extends infer _ ? { seq: number; method: string; latencyMs: number } : never,
): Entry => ({ seq, t: seq, kind: "message", dir, message, size: 10, ...(pair ? { pair } : {}) });

/** A clean handshake, then a response with jsonrpc 1.0 and a stdout noise line. */
function brokenRecord(): Entry[] {
  return [
    { seq: 1, t: 1, kind: "lifecycle", event: "connecting", text: "connecting" } as Entry,
    msg(2, "client->server", {
      jsonrpc: "2.0",
      id: 0,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "t", version: "1" } },
    }),
    msg(
      3,
      "server->client",
      {
        jsonrpc: "2.0",
        id: 0,
        result: { protocolVersion: "2025-11-25", capabilities: { tools: {} }, serverInfo: { name: "s", version: "1" } },
      },
      { seq: 2, method: "initialize", latencyMs: 1 },
    ),
    msg(4, "client->server", { jsonrpc: "2.0", method: "notifications/initialized" }),
    msg(5, "client->server", { jsonrpc: "2.0", id: 1, method: "ping" }),
    msg(6, "server->client", { jsonrpc: "1.0", id: 1, result: {} }, { seq: 5, method: "ping", latencyMs: 1 }),
    { seq: 7, t: 7, kind: "stdout-noise", text: "hello from stdout", size: 17 } as Entry,
    msg(8, "client->server", { jsonrpc: "2.0", id: 2, method: "ping" }),
  ];
}

/** Slices run when the test says; the clock moves only when the test moves it. */
function manual() {
  const queue: Array<() => void> = [];
  let now = 0;
  return {
    later: (f: () => void) => queue.push(f),
    now: () => now,
    tick: (ms: number) => (now += ms),
    run: () => queue.splice(0).forEach((f) => f()),
    queue,
  };
}

// The workers keep their modules from one file to the next (vitest.config.ts, `isolate: false`),
// so another file may have loaded the linter's code in this worker: this test takes the store's
// module afresh (vi.resetModules), as the page's first load has it. Before, it counted on being
// first in a fresh worker, and a fresh clone's order (files of one environment together) ran it
// after a file that had loaded the linter: the store linted at once.
describe("the linter's code, loaded apart from the page's first load (issue 89)", () => {
  it("a store made before it arrives lints nothing yet, then everything it was given, unasked", async () => {
    vi.resetModules();
    const fresh = await import("../../client/lint-store");
    const entries = brokenRecord();
    const lint = new fresh.LintStore(fresh.fixedSource(entries), { complete: true, later: (fn) => fn() }).start();
    lint.drain();
    expect(lint.findings()).toEqual([]);
    expect(lint.backlog).toBe(entries.length);
    await lint.ready;
    expect(lint.findings()).toEqual(lintRecord(entries));
    expect(lint.backlog).toBe(0);
  });
});

describe("LintStore", () => {
  // The stores below are made with the linter's code loaded, as every store after the page's first.
  beforeAll(async () => {
    await loadLinter();
  });

  it("groups findings by connection (the tab badge counts this one) and Clear hides what came so far", () => {
    const first = brokenRecord();
    const second = brokenRecord().map(
      (e) =>
        ({ ...e, seq: e.seq + 100, ...(e.kind === "message" && e.pair ? { pair: { ...e.pair, seq: e.pair.seq + 100 } } : {}) }) as Entry,
    );
    const entries = [...first, ...second.slice(0, 4)];
    const lint = new LintStore(fixedSource(entries));
    lint.drain();
    const g = lint.grouped();
    expect(g.earlier.map((f) => f.rule)).toContain("jsonrpc/version");
    expect(g.current.every((f) => f.seq >= 101)).toBe(true);
    expect(g.current.map((f) => f.rule)).not.toContain("jsonrpc/version");
    expect(g.counts.error).toBe(g.current.filter((f) => f.severity === "error").length);
    // Everything so far is still found and marked; only the panel's groups are emptied.
    const total = lint.findings().length;
    lint.clear();
    expect(lint.grouped().current).toEqual([]);
    expect(lint.grouped().earlier).toEqual([]);
    expect(lint.findings()).toHaveLength(total);
    expect(lint.markOf(6)?.severity).toBe("error");
  });

  it("finds what lintRecord finds, marks rows by worst severity, and counts", () => {
    const entries = brokenRecord();
    const lint = new LintStore(fixedSource(entries), { complete: true });
    lint.drain();
    lint.finish();
    const expected = lintRecord(entries);
    expect(lint.findings()).toEqual(expected);
    expect(lint.findingsOf(6).map((f) => f.rule)).toContain("jsonrpc/version");
    expect(lint.markOf(6)).toEqual({ count: lint.findingsOf(6).length, severity: "error" });
    expect(lint.markOf(7)?.severity).toBe("error");
    expect(lint.markOf(8)).toEqual({ count: 1, severity: "warning" }); // never answered
    expect(lint.markOf(2)).toBeUndefined();
    const c = lint.countBySeverity();
    expect(c.error + c.warning + c.info).toBe(expected.length);
  });

  it("lints each entry once, as the timeline store appends it; a live session never reports unanswered requests", () => {
    const frames: Array<() => void> = [];
    const store = new TimelineStore((f) => frames.push(f));
    const m = manual();
    const lint = new LintStore(entrySourceOf(store), { later: m.later, now: m.now }).start();
    let versions = 0;
    lint.subscribe(() => versions++);
    const entries = brokenRecord();
    store.push(entries.slice(0, 6));
    frames.splice(0).forEach((f) => f());
    m.run();
    expect(lint.findingsOf(6).map((f) => f.rule)).toContain("jsonrpc/version");
    const afterFirst = lint.findings().length;
    store.push(entries.slice(6));
    frames.splice(0).forEach((f) => f());
    m.run();
    expect(lint.findings().length).toBeGreaterThan(afterFirst);
    expect(lint.findings().filter((f) => f.rule === "pairing/unanswered")).toHaveLength(0);
    expect(lint.findings().filter((f) => f.rule === "jsonrpc/version")).toHaveLength(1); // not linted twice
    expect(versions).toBeGreaterThan(0);
  });

  it("lints a large history in time slices, yielding between them", () => {
    const entries: Entry[] = [];
    for (let i = 1; i <= 20_000; i++) entries.push({ seq: i, t: i, kind: "stderr", text: `line ${i}` });
    const m = manual();
    const lint = new LintStore(fixedSource(entries), { later: m.later, now: () => m.tick(0.5), budgetMs: 8 }).start();
    let slices = 0;
    while (m.queue.length) {
      m.run();
      slices++;
    }
    expect(slices).toBeGreaterThan(5);
    expect(lint.backlog).toBe(0);
  });

  it("starts over when reset with its timeline store (its Session does both for a restarted backend)", () => {
    const store = new TimelineStore((f) => f());
    const m = manual();
    const lint = new LintStore(entrySourceOf(store), { later: m.later, now: m.now }).start();
    store.push(brokenRecord());
    m.run();
    expect(lint.findings().length).toBeGreaterThan(0);
    store.reset();
    lint.reset();
    expect(lint.findings()).toHaveLength(0);
    expect(lint.markOf(6)).toBeUndefined();
    store.push(brokenRecord().slice(0, 6));
    m.run();
    expect(lint.findingsOf(6).map((f) => f.rule)).toContain("jsonrpc/version");
  });
});

import { describe, expect, test } from "vitest";
import { AppLogStore } from "../../lib/apps/app-log-store";

// Issue 38 (9): an App posting 20,000 × 1 KB messages froze the tab 16 s: the log copied its
// array per message and rendered every entry. The store keeps the newest N and counts the rest.
const manual = () => {
  const queue: (() => void)[] = [];
  return { schedule: (run: () => void) => void queue.push(run), flush: () => queue.splice(0).forEach((r) => r()) };
};

describe("an App's message log", () => {
  test("keeps the newest N, says how many were dropped, and tells subscribers once per tick", () => {
    const tick = manual();
    const log = new AppLogStore([], tick.schedule, 100);
    let told = 0;
    log.subscribe(() => told++);
    for (let i = 0; i < 20_000; i++) log.append("app->host", { jsonrpc: "2.0", method: "notifications/message", params: { data: i } });
    tick.flush();
    expect(told).toBe(1);
    expect(log.size).toBe(100);
    expect(log.total).toBe(20_000);
    expect(log.dropped).toBe(19_900);
    expect(log.at(0).n).toBe(19_901);
    expect(log.at(99).n).toBe(20_000);
  });

  test("pairs a response with its request and links an App call to its server request, as the messages arrive", () => {
    const log = new AppLogStore([{ name: "hidden", _meta: { ui: { visibility: ["model"] } } }], () => undefined, 10);
    log.append("app->host", { jsonrpc: "2.0", id: 1, method: "ui/initialize", params: {} });
    const call = log.append("app->host", { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "hidden" } });
    const answer = log.append("host->app", { jsonrpc: "2.0", id: 2, error: { code: -32000, message: "refused" } });
    log.link(2, 41);
    expect(log.requestOf(answer)).toBe(call);
    expect(log.serverSeqOf(call)).toBe(41);
    expect(log.findings.map((f) => f.rule)).toEqual(["apps/hidden-tool-call"]);
  });

  test("its side tables stay bounded whatever the App sends", () => {
    const log = new AppLogStore([], () => undefined, 50);
    for (let i = 0; i < 5000; i++) log.append("app->host", { jsonrpc: "2.0", id: i, method: `x/${i}` });
    expect(log.size).toBe(50);
    expect(log.findings.length).toBe(200);
    expect(log.findingsDropped).toBeGreaterThan(0);
    // Internal maps: a response to a long-dropped request is not paired, and nothing grew past the window.
    const late = log.append("host->app", { jsonrpc: "2.0", id: 0, result: {} });
    expect(log.requestOf(late)).toBeUndefined();
  });
});

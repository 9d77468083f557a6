import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../../server/engine";
import { RecordStore } from "../../server/record/store";
import type { Entry } from "../../lib/record/format";
import { ALL_RULES, FindingSchema, Linter, lintRecord, type Finding } from "../../lib/lint";
import { FIXTURES } from "../helpers/targets";
import { fromClient, fromServer, seqOf, waitForState } from "./session";

const BROKEN = path.join(FIXTURES, "broken-server.mjs");
const brokenTarget = (env: Record<string, string> = {}) => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [BROKEN],
  env,
});
/** The client the fixture expects: sampling and form-mode elicitation, no roots, no url mode. */
const CAPABILITIES = { sampling: true, elicitationForm: true, elicitationUrl: false, roots: false };

const byRuleAndSeq = (fs: readonly Finding[]) => fs.map((f) => `${f.rule} @${f.seq}`).sort();

describe("lint over the broken fixture server", () => {
  const rec = new RecordStore();
  const engine = new Engine(rec, { name: "lint-test", version: "0" });
  const live = new Linter();
  let entries: Entry[] = [];
  let findings: Finding[] = [];
  let unsubscribe = () => {};
  let silent: Promise<unknown> = Promise.resolve("gave up");

  beforeAll(async () => {
    // Lint live, the way the page does: every entry as the store appends it.
    unsubscribe = rec.subscribe((e) => live.push(e));
    const state = await engine.connect({ target: brokenTarget(), capabilities: CAPABILITIES });
    expect(state.status).toBe("connected");

    // The start-up burst ends with the sampling request; both held requests get a proper answer.
    const pending = await waitForState(engine, (s) => (s.pending.length === 2 ? s.pending : undefined), "the two held server requests");
    for (const p of pending) {
      if (p.method === "elicitation/create") await engine.answer(p.pendingId, { result: { action: "decline" } });
      else await engine.answer(p.pendingId, { result: { model: "m", role: "assistant", content: { type: "text", text: "hi" } } });
    }

    await engine.request("tools/list", {});
    await engine.request("tools/list", { cursor: "page-2" });
    const call = await engine.callTool("structured", {});
    expect(call.verdict?.valid).toBe(false);
    await engine.request("prompts/list", {});
    await engine.request("logging/setLevel", { level: "warning" });
    await engine.request("violate/duplicate-response", {});
    const short = { timeoutMs: 300 };
    await expect(engine.request("violate/result-and-error", {}, short)).rejects.toThrow();
    await expect(engine.request("violate/fractional-error-code", {}, short)).rejects.toThrow();
    await expect(engine.request("violate/error-without-message", {}, short)).rejects.toThrow();
    // Never answered. The engine does not reject in-flight requests on disconnect (it replaces
    // the SDK's onclose), so this one ends by its own timeout, after the record is taken.
    silent = engine.request("violate/silent", {}, { timeoutMs: 2_000 }).catch(() => "gave up");
    await engine.request("ping", {});
    await engine.disconnect();

    unsubscribe();
    live.finish();
    entries = rec.since(0);
    findings = lintRecord(entries);
  });
  afterAll(async () => {
    await engine.close();
    expect(await silent).toBe("gave up");
  });

  it("fires each rule exactly at the entry that commits the violation, and nowhere else", () => {
    const s = (what: string, m: Parameters<typeof seqOf>[2]) => seqOf(entries, what, m);
    const messages = entries.filter((e) => e.kind === "message");
    const idOf = (e: { message: unknown }) => (e.message as { id?: unknown }).id;
    const noise = (pred: (e: Extract<Entry, { kind: "stdout-noise" }>) => boolean) =>
      entries.find((e) => e.kind === "stdout-noise" && pred(e))!.seq;
    const requestOf = (method: string) => s(method, (m, e) => fromClient(e) && m.method === method);
    const requestId = (method: string) => idOf(messages.find((e) => e.seq === requestOf(method))!);
    /** Every server message that answers the client's request for `method`, in order. */
    const answersTo = (method: string) =>
      messages.filter((e) => fromServer(e) && idOf(e) === requestId(method) && !("method" in (e.message as object))).map((e) => e.seq);
    const answerTo = (method: string) =>
      s(`answer to ${method}`, (m, e) => fromServer(e) && m.id === requestId(method) && !("method" in m));
    const byId = (id: unknown, method?: string) =>
      s(`message with id ${String(id)}`, (m, e) => fromServer(e) && m.id === id && (method === undefined || m.method === method));
    const [toolsPage1, toolsPage2] = messages.filter((e) => e.pair?.method === "tools/list").map((e) => e.seq);
    const sameIdPings = messages.filter((e) => fromServer(e) && idOf(e) === "same").map((e) => e.seq);
    const duplicateResponses = answersTo("violate/duplicate-response");

    const expected = [
      ["stdio/non-json", noise((e) => e.text.startsWith("broken-server starting"))],
      ["stdio/invalid-utf8", noise((e) => e.reason.includes("invalid UTF-8"))],
      [
        "lifecycle/before-initialization",
        s("early list_changed", (m, e) => fromServer(e) && m.method === "notifications/tools/list_changed"),
      ],
      ["jsonrpc/batch", entries.find((e) => e.kind === "message" && Array.isArray(e.message))!.seq],
      ["jsonrpc/version", s("jsonrpc 1.0", (m) => m.jsonrpc === "1.0")],
      ["jsonrpc/id-type", byId(1.5)],
      ["jsonrpc/invalid-message", s("hello world", (m) => m.hello === "world")],
      ["jsonrpc/undelivered", s("extra member", (m) => m.extra === true)],
      ["pairing/unknown-id", byId(99999)],
      ["schema/notification", s("bad progress", (m) => m.method === "notifications/progress")],
      ["capabilities/server-not-declared", s("resources/updated", (m) => m.method === "notifications/resources/updated")],
      ["pairing/reused-id", sameIdPings[1]],
      ["capabilities/client-not-offered", byId("roots-1", "roots/list")],
      ["capabilities/client-not-offered", byId("elicit-url", "elicitation/create")],
      ["schema/request", byId("sample-bad", "sampling/createMessage")],
      ["tools/name", toolsPage1],
      ["tools/invalid-schema", toolsPage1],
      ["tools/schema-type", toolsPage1],
      ["tools/duplicate-name", toolsPage2],
      ["pagination/repeated-cursor", toolsPage2],
      ["tools/structured-content", answerTo("tools/call")],
      ["schema/result", answerTo("prompts/list")],
      [
        "logging/above-level",
        s("log below level", (m) => (m.params as { data?: unknown } | undefined)?.data === "below the level the client set"),
      ],
      ["pairing/duplicate-response", duplicateResponses[1]],
      ["jsonrpc/result-xor-error", answerTo("violate/result-and-error")],
      ["jsonrpc/error-code", answerTo("violate/fractional-error-code")],
      ["jsonrpc/error-shape", answerTo("violate/error-without-message")],
      ["pairing/unanswered", requestOf("violate/silent")],
    ].map(([rule, seq]) => `${rule} @${seq}`);
    expect(duplicateResponses).toHaveLength(2);
    expect(byRuleAndSeq(findings)).toEqual(expected.sort());
  });

  it("proves every 2025 rule but lifecycle/protocol-version (the SDK refuses that connection: next test) and the HTTP and authorization ones (test/http-record.test.ts, test/auth-wired.test.ts, over HTTP); the modern/* ones are test/lint/modern-rules.test.ts's, the apps/* ones test/apps/app-lint-family.test.ts's, the portability/* ones test/lint/portability*.test.ts's, the skills/* ones test/skills/lint-*.test.ts's, tools/required-default test/protocol-2026/required-default.test.ts's, jsonrpc/body-cut test/record/cut-answer-live.test.ts's", () => {
    const fired = new Set(findings.map((f) => f.rule));
    const unproven = ALL_RULES.map((r) => r.id).filter(
      (id) =>
        !fired.has(id) &&
        !id.startsWith("modern/") &&
        !id.startsWith("apps/") &&
        !id.startsWith("portability/") &&
        !id.startsWith("skills/") &&
        id !== "tools/required-default" &&
        id !== "jsonrpc/body-cut",
    );
    expect(unproven).toEqual(["lifecycle/protocol-version", "http/replayed-other-stream", "auth/problem"]);
  });

  it("gives the same findings live (push per entry) as over the finished record", () => {
    expect(live.findings()).toEqual(findings);
  });

  it("writes findings that parse, with plain messages and spec pointers", () => {
    for (const f of findings) {
      expect(FindingSchema.parse(f)).toEqual(f);
      expect(ALL_RULES.find((r) => r.id === f.rule)?.specUrl).toBe(f.specUrl);
      expect(f.message.length).toBeGreaterThan(10);
    }
    const related = Object.fromEntries(findings.filter((f) => f.relatedSeq).map((f) => [f.rule, f.relatedSeq]));
    // The earlier frame with the same id (not necessarily the entry just before: stderr may come between).
    const reused = findings.find((f) => f.rule === "pairing/reused-id")!;
    const idAt = (seq: number) => {
      const e = entries.find((x) => x.seq === seq);
      return e?.kind === "message" ? (e.message as { id?: unknown }).id : undefined;
    };
    expect(related["pairing/reused-id"]).toBeLessThan(reused.seq);
    expect(idAt(related["pairing/reused-id"]!)).toBe(idAt(reused.seq));
    expect(idAt(reused.seq)).toBe("same");
    expect(related["tools/duplicate-name"]).toBeLessThan(findings.find((f) => f.rule === "tools/duplicate-name")!.seq);
  });
});

describe("lint over a server that answers an unknown protocol version", () => {
  it("flags lifecycle/protocol-version at the initialize response, and nothing else", async () => {
    const rec = new RecordStore();
    const engine = new Engine(rec, { name: "lint-test", version: "0" });
    const state = await engine.connect({ target: brokenTarget({ BROKEN_MODE: "version" }), capabilities: CAPABILITIES });
    expect(state.status).toBe("failed");
    const entries = rec.since(0);
    const response = entries.find((e) => e.kind === "message" && e.pair?.method === "initialize")!;
    const findings = lintRecord(entries);
    expect(byRuleAndSeq(findings)).toEqual([`lifecycle/protocol-version @${response.seq}`]);
    expect(findings[0].message).toContain("1999-01-01");
  });
});

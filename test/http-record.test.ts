import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { lintRecord } from "../lib/lint";
import { engineFactory } from "./helpers/engine";

const { newEngine, onCleanup } = engineFactory();

/** The hand-written HTTP fixture on a free loopback port. */
async function rawHttpServer(): Promise<string> {
  const child = spawn(process.execPath, [path.join(__dirname, "fixtures/raw-http-server.mjs")], {
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  onCleanup(() => child.kill("SIGKILL"));
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      const m = /listening on port (\d+)/.exec(d.toString());
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`raw-http-server exited with ${code}`)));
  });
  return `http://127.0.0.1:${port}/mcp`;
}

describe("the record over HTTP is the wire", () => {
  test("frames the SDK cannot parse are recorded as received, and the lint sees them", async () => {
    const url = await rawHttpServer();
    const { rec, engine } = newEngine();
    await engine.connect({ target: { transport: "http", url, headers: {} } });
    await engine.request("tools/list", {});
    const entries = rec.since(0);
    const http = entries.filter((e) => e.kind === "http");
    expect(http.map((e) => e.kind === "http" && e.reason)).toContain("a priming event: no data, the stream can be resumed from its id");
    const priming = http.find((e) => e.kind === "http" && e.http.eventId === "p1");
    expect(priming).toMatchObject({ http: { method: "POST", status: 200, contentType: "text/event-stream", sessionId: "raw-1" } });
    const odd = entries.filter((e) => e.kind === "message" && e.undelivered !== undefined);
    expect(odd.map((e) => e.kind === "message" && e.message)).toEqual([{}, expect.objectContaining({ jsonrpc: "1.0" })]);
    // Said once, by the frame's entry: no SDK parse error (a raw zod dump) beside it.
    expect(entries.filter((e) => e.kind === "lifecycle" && e.event === "transport-error")).toEqual([]);
    const rules = lintRecord(entries).map((f) => f.rule);
    expect(rules).toContain("jsonrpc/version");
    expect(rules).not.toContain("pairing/unanswered");
  });

  test("a server that replays other streams' events on a resume: one finding with the count, no duplicate-response per frame", async () => {
    const url = await rawHttpServer();
    const { rec, engine } = newEngine();
    await engine.connect({ target: { transport: "http", url, headers: {} } });
    await engine.request("tools/list", {});
    // Its stream is cut after the priming event: the SDK resumes with Last-Event-ID, the fixture
    // replays every event so far (initialize's and tools/list's answers), then answers.
    const out = await engine.request("prompts/list", {});
    expect(JSON.stringify(out)).toContain("prompts");
    const entries = rec.since(0);
    const resumed = entries.filter((e) => e.kind === "message" && e.http?.resumedFrom === "cut1");
    expect(resumed.length).toBe(3);
    const findings = lintRecord(entries).filter((f) => f.rule.startsWith("http/") || f.rule === "pairing/duplicate-response");
    expect(findings.map((f) => f.rule)).toEqual(["http/replayed-other-stream"]);
    expect(findings[0].message).toMatch(/resumed a stream from event cut1 and the server replayed 2 messages/);
    expect(findings[0].seq).toBe(resumed[0].seq);
  });
});

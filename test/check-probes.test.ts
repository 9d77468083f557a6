import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { httpProbes } from "../server/check/probes-http";
import { probeResumability } from "../server/check/probe-resume";
import { probeCompletion, probePromptsGet, probeResourcesRead, probeSetLevel, probeSubscribe } from "../server/check/probes-features";
import { engineFactory } from "./helpers/engine";
import { startEverythingHttp } from "./helpers/http-everything";
import { everythingStdio } from "./helpers/targets";

const { newEngine, onCleanup } = engineFactory();
const byId = (ps: Array<{ id: string; status: string }>) => Object.fromEntries(ps.map((p) => [p.id, p.status]));

describe("HTTP transport probes", () => {
  test("the everything server answers a foreign Origin and Host with 200, and an ended session's id with 400: all flagged", async () => {
    const server = await startEverythingHttp("streamableHttp");
    onCleanup(() => server.stop());
    const probes = await httpProbes(server.url, {});
    const origin = probes.find((p) => p.id === "http-origin")!;
    expect(origin).toMatchObject({ status: "fail", severity: "error" });
    expect(origin.message).toMatch(/Origin: http:\/\/evil\.example\.com was accepted/);
    expect(byId(probes)["http-host"]).toBe("fail");
    expect(byId(probes)).toMatchObject({ "http-session-ended": "fail", "http-session-missing": "pass" });
    expect(probes.find((p) => p.id === "http-session-ended")!.message).toMatch(/ended session's id got 400; the spec requires 404/);
    // It keeps its events (an event store): a stream lost mid-way comes back from Last-Event-ID.
    expect(probes.find((p) => p.id === "http-resume")).toMatchObject({
      status: "pass",
      message: expect.stringMatching(/^GET with Last-Event-ID: \S+ redelivered ping's response$/),
    });
  });

  test("a server that checks Origin and Host passes both", async () => {
    let sessions = 0;
    const ended = new Set<string>();
    const server = http.createServer((req, res) => {
      req.resume();
      const bad =
        (req.headers.origin && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.origin)) ||
        !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? "");
      if (bad) return void res.writeHead(403).end();
      // Sessions s1, s2, …; DELETE ends one; an ended or unknown id gets 404, none gets 400.
      const id = req.headers["mcp-session-id"];
      if (req.method === "DELETE") return void res.writeHead((ended.add(String(id)), 200)).end();
      if (id === undefined) {
        if (!req.headers["mcp-protocol-version"])
          return void res
            .writeHead(200, { "content-type": "application/json", "mcp-session-id": `s${++sessions}` })
            .end('{"jsonrpc":"2.0","id":1,"result":{}}');
        return void res.writeHead(400).end();
      }
      res.writeHead(ended.has(String(id)) || !/^s\d+$/.test(String(id)) ? 404 : 200).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    onCleanup(() => new Promise((r) => server.close(r)));
    const probes = await httpProbes(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`, {});
    expect(byId(probes)).toEqual({
      "http-origin": "pass",
      "http-host": "pass",
      "http-session-ended": "pass",
      "http-session-missing": "pass",
      "http-resume": "skip",
    });
    expect(probes.find((p) => p.id === "http-resume")!.message).toMatch(/not an SSE stream: nothing to resume/);
  });
});

describe("the resumability probe", () => {
  test("an SDK server without an event store streams events without ids: it cannot resume, and says so", async () => {
    const transports = new Map<string, StreamableHTTPServerTransport>();
    const server = http.createServer(async (req, res) => {
      const sid = req.headers["mcp-session-id"];
      let t = typeof sid === "string" ? transports.get(sid) : undefined;
      if (!t) {
        const created = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (id) => void transports.set(id, created),
        });
        await new McpServer({ name: "no-event-store", version: "1.0.0" }).connect(created);
        t = created;
      }
      await t.handleRequest(req, res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    onCleanup(() => new Promise((r) => server.close(r)));
    onCleanup(() => Promise.all([...transports.values()].map((t) => t.close())));
    const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
    const r = await probeResumability(url, {});
    expect(r).toMatchObject({ status: "fail", severity: "warning" });
    expect(r.message).toMatch(/^the SSE events carry no id: a client that loses a stream cannot resume it/);
  });
});

describe("the resumability probe, when there is nothing to resume", () => {
  test("a protected server (401) is skipped with the reason, not judged", async () => {
    const server = http.createServer((req, res) => {
      req.resume();
      res.writeHead(401, { "www-authenticate": 'Bearer resource_metadata="http://127.0.0.1/.well-known/oauth-protected-resource"' }).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    onCleanup(() => new Promise((r) => server.close(r)));
    const r = await probeResumability(new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`), {});
    expect(r).toMatchObject({
      status: "skip",
      message: "initialize answered 401 (authorization required; this probe does not log in): nothing to resume",
    });
  });
});

describe("feature probes", () => {
  test("the everything server answers setLevel, completion, subscribe/unsubscribe, and every listed prompt and resource", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio() });
    const list = async (method: string, key: string) =>
      ((await engine.request(method, {})).result as Record<string, Array<Record<string, unknown>>>)[key];
    const prompts = await list("prompts/list", "prompts");
    const resources = await list("resources/list", "resources");
    const templates = await list("resources/templates/list", "resourceTemplates");
    const results = [
      await probeSetLevel(engine),
      await probeCompletion(engine, prompts, templates),
      ...(await probeSubscribe(engine, resources)),
      ...(await probePromptsGet(engine, prompts, { canComplete: true, withArguments: true })),
      ...(await probeResourcesRead(engine, resources)),
    ];
    expect(results.filter((r) => r.status !== "pass")).toEqual([]);
    expect(results.filter((r) => r.id.startsWith("prompt-get/")).length).toBe(prompts.length);
    expect(results.filter((r) => r.id.startsWith("resource-read/")).length).toBe(Math.min(resources.length, 20));
  });

  test("a prompt the server cannot produce is a failure that names the error", async () => {
    const { engine } = newEngine();
    await engine.connect({ target: everythingStdio() });
    const [r] = await probePromptsGet(engine, [{ name: "no-such-prompt" }]);
    expect(r).toMatchObject({ status: "fail", id: "prompt-get/no-such-prompt" });
    expect(r.message).toMatch(/prompts\/get failed: error -?\d+/);
  });
});

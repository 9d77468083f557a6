import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import { resetOtelForTests, withOtelSpan } from "../../server/otel/hook";
import { afterFile, afterTest, beforeTest } from "../../server/test-library/recordings";
import { FIXTURES } from "../helpers/targets";
import { decodeTraces, startReceiver, until, type Receiver } from "./receiver";
import { runExport } from "../../server/commands/export/run";

// Issue 53: live export from the engine every mode drives (here through the test library, the
// same Engine the page, --cli, load runs, collections and the agent use), received by a local
// OTLP/HTTP receiver that decodes it with the protocol's own definitions.
const SERVER = path.join(FIXTURES, "otel-echo-server.mjs");
const SPAN_KIND_CLIENT = 3;
const SPAN_KIND_SERVER = 2;
const SPAN_KIND_INTERNAL = 1;
const STATUS_ERROR = 2;

const saved = { ...process.env };
afterAll(() => {
  process.env = saved;
  resetOtelForTests();
});

for (const protocol of ["http/protobuf", "http/json"] as const) {
  describe(`live export over ${protocol}`, () => {
    let rx: Receiver;
    beforeAll(async () => {
      rx = await startReceiver();
      process.env = {
        ...saved,
        OTEL_EXPORTER_OTLP_ENDPOINT: rx.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
        OTEL_EXPORTER_OTLP_HEADERS: "x-team=mcp%20team",
        OTEL_SERVICE_NAME: "my-ci",
        OTEL_RESOURCE_ATTRIBUTES: "deployment.environment=test",
      };
      resetOtelForTests();
    });
    afterAll(() => rx.close());

    it("each request is a CLIENT span named as the conventions say, with their attributes, and the server's span joins its trace", async () => {
      await withOtelSpan("collection run demo.mcp-tests.yaml", { "mcp.collection": "demo" }, async () => {
        await using mcp = await connect({ command: "node", args: [SERVER, `${rx.url}/v1/traces`] });
        await mcp.callTool("echo", { message: "hi" });
        const failed = await mcp.callTool("fail", {});
        expect(failed.isError).toBe(true);
        await mcp.request("prompts/get", { name: "nope" }).catch(() => undefined); // no prompts: a JSON-RPC error
      });
      await until(() => rx.spans.some((s) => s.name === "collection run demo.mcp-tests.yaml"), "the scope span");

      const ours = rx.spans.filter((s) => s.service === "my-ci");
      const init = ours.find((s) => s.name === "initialize")!;
      expect(init.kind).toBe(SPAN_KIND_CLIENT);
      expect(init.attributes["mcp.method.name"]).toBe("initialize");
      expect(init.attributes["jsonrpc.request.id"]).toBeDefined();
      expect(init.attributes["mcp.protocol.version"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(init.attributes["network.transport"]).toBe("pipe");

      const echo = ours.find((s) => s.name === "tools/call echo")!;
      expect(echo.kind).toBe(SPAN_KIND_CLIENT);
      expect(echo.attributes).toMatchObject({
        "mcp.method.name": "tools/call",
        "gen_ai.tool.name": "echo",
        "gen_ai.operation.name": "execute_tool",
      });
      expect(echo.status.code).not.toBe(STATUS_ERROR);
      expect(echo.endNs).toBeGreaterThanOrEqual(echo.startNs);

      // The parent: the collection run's span, in the same trace.
      const scope = ours.find((s) => s.name === "collection run demo.mcp-tests.yaml")!;
      expect(scope.kind).toBe(SPAN_KIND_INTERNAL);
      expect(echo.traceId).toBe(scope.traceId);
      expect(echo.parentSpanId).toBe(scope.spanId);

      // The instrumented server's span is a child of ours: the traceparent reached it in _meta.
      const serverSpan = rx.spans.find((s) => s.service === "otel-echo-server")!;
      expect(serverSpan.kind).toBe(SPAN_KIND_SERVER);
      expect(serverSpan.traceId).toBe(echo.traceId);
      expect(serverSpan.parentSpanId).toBe(echo.spanId);

      // Errors as the conventions record them: a tool's isError, and a JSON-RPC error's code.
      const fail = ours.find((s) => s.name === "tools/call fail")!;
      expect(fail.status.code).toBe(STATUS_ERROR);
      expect(fail.attributes["error.type"]).toBe("tool_error");
      const nope = ours.find((s) => s.name === "prompts/get nope")!;
      expect(nope.attributes["gen_ai.prompt.name"]).toBe("nope");
      expect(nope.status.code).toBe(STATUS_ERROR);
      expect(String(nope.attributes["error.type"])).toMatch(/^-32\d{3}$/);
      expect(nope.attributes["rpc.response.status_code"]).toBe(nope.attributes["error.type"]);

      // A notification is a span too (notifications/initialized, sent by us).
      expect(ours.some((s) => s.name === "notifications/initialized" && s.kind === SPAN_KIND_CLIENT)).toBe(true);
    });

    it("a test of the library is a span over its calls (its runner's hooks open and end it)", async () => {
      beforeTest();
      {
        await using mcp = await connect({ command: "node", args: [SERVER, `${rx.url}/v1/traces`] });
        await mcp.callTool("echo", { message: "in a test" });
      }
      await afterTest({ name: `echo works (${protocol})`, file: "echo.test.ts" }, false);
      // And the runner's afterAll, as the vitest and Jest hooks call it: without it the registry
      // stayed in per-test mode for the next file in this worker (vitest isolate: false), whose
      // sessions then were no one's (test/test-library/in-process, red in a whole run).
      await afterFile();
      await until(() => rx.spans.some((s) => s.name === `test echo works (${protocol})`), "the test's span");
      const testSpan = rx.spans.find((s) => s.name === `test echo works (${protocol})`)!;
      const calls = rx.spans.filter((s) => s.service === "my-ci" && s.parentSpanId === testSpan.spanId);
      expect(calls.map((s) => s.name)).toContain("tools/call echo");
      expect(calls.every((s) => s.traceId === testSpan.traceId)).toBe(true);
    });

    it("sends the duration metric, the resource and the headers the variables name", async () => {
      await until(() => rx.metrics.some((m) => m.name === "mcp.client.operation.duration"), "the duration metric");
      const metric = rx.metrics.find((m) => m.name === "mcp.client.operation.duration")!;
      expect(metric.unit).toBe("s");
      expect(metric.count).toBeGreaterThanOrEqual(3);
      expect(metric.attributes.some((a) => a["gen_ai.tool.name"] === "echo")).toBe(true);
      const traces = rx.requests.filter((r) => r.path === "/v1/traces" && r.headers["x-team"] === "mcp team");
      expect(traces.length).toBeGreaterThan(0);
      expect(traces[0].contentType).toContain(protocol === "http/json" ? "json" : "protobuf");
    });
  });
}

describe("a caller's own traceparent, export on", () => {
  it("goes out as the caller sent it, with the joined trace's tracestate, and names the request's span", async () => {
    const rx = await startReceiver();
    process.env = {
      ...saved,
      OTEL_EXPORTER_OTLP_ENDPOINT: rx.url,
      TRACEPARENT: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
      TRACESTATE: "ci=1",
    };
    resetOtelForTests();
    const theirs = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    try {
      await using mcp = await connect({ command: "node", args: [SERVER, `${rx.url}/v1/traces`] });
      await mcp.callTool("echo", { message: "theirs" }, { meta: { traceparent: theirs } });
      await mcp.callTool("echo", { message: "ours" });
      const metas = mcp
        .record()
        .filter((e) => e.kind === "message" && e.dir === "client->server")
        .map((e) => (e as { message: { method?: string; params?: { _meta?: Record<string, unknown> } } }).message)
        .filter((m) => m.method === "tools/call")
        .map((m) => m.params?._meta);
      expect(metas[0]).toEqual({ traceparent: theirs, tracestate: "ci=1" });
      expect(metas[1]).toEqual({
        traceparent: expect.stringMatching(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/),
        tracestate: "ci=1",
      });
      await mcp.close();
      await until(
        () => rx.spans.filter((s) => s.name === "tools/call echo" && s.service !== "otel-echo-server").length === 2,
        "both calls' spans",
      );
      const spans = rx.spans.filter((s) => s.name === "tools/call echo" && s.service !== "otel-echo-server");
      expect(spans.map((s) => s.spanId)).toContain("00f067aa0ba902b7");
      expect(spans.find((s) => s.spanId === "00f067aa0ba902b7")!.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    } finally {
      await rx.close();
    }
  });
});

describe("export off", () => {
  it("sends nothing, and requests carry no traceparent, when no endpoint is set", async () => {
    const rx = await startReceiver();
    process.env = { ...saved, OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined };
    resetOtelForTests();
    try {
      await using mcp = await connect({ command: "node", args: [SERVER, `${rx.url}/v1/traces`] });
      await mcp.callTool("echo", { message: "hi" });
      const sent = mcp
        .record()
        .filter((e) => e.kind === "message" && e.dir === "client->server")
        .map((e) => JSON.stringify((e as { message: unknown }).message));
      expect(sent.some((m) => m.includes("traceparent"))).toBe(false);
      // The server still exports its own (unparented) span: nothing of ours.
      await mcp.close();
      expect(rx.spans.filter((s) => s.service !== "otel-echo-server")).toEqual([]);
      expect(rx.spans.every((s) => s.parentSpanId === "")).toBe(true);
    } finally {
      await rx.close();
    }
  });

  it("OTEL_TRACES_EXPORTER=none turns it off even with an endpoint", async () => {
    const rx = await startReceiver();
    process.env = { ...saved, OTEL_EXPORTER_OTLP_ENDPOINT: rx.url, OTEL_TRACES_EXPORTER: "none" };
    resetOtelForTests();
    try {
      await using mcp = await connect({ command: "node", args: [SERVER, `${rx.url}/v1/traces`] });
      await mcp.callTool("echo", { message: "hi" });
      await mcp.close();
      expect(rx.spans.filter((s) => s.service !== "otel-echo-server")).toEqual([]);
    } finally {
      await rx.close();
    }
  });
});

describe("a recording as OTLP/JSON (inspector export --otlp)", () => {
  it("has the same spans, redacted as a shared session, and parses with the protocol's definitions", async () => {
    process.env = { ...saved, OTEL_EXPORTER_OTLP_ENDPOINT: undefined };
    resetOtelForTests();
    const dir = mkdtempSync(path.join(tmpdir(), "otel-export-"));
    try {
      const file = path.join(dir, "run.mcp-session.json");
      {
        await using mcp = await connect({ command: "node", args: [SERVER] });
        await mcp.callTool("echo", { message: "token=ghp_abcdefghijklmnopqrstuvwxyz0123456789" });
        await mcp.callTool("fail", {});
        await mcp.saveSession(file);
      }
      const out = path.join(dir, "trace.json");
      const lines: string[] = [];
      const code = await runExport(
        { file, otlp: true, output: out, help: false, version: false },
        { OTEL_SERVICE_NAME: "replayed" },
        {
          out: (t) => lines.push(t),
          err: (t) => lines.push(t),
        },
      );
      expect(code).toBe(0);
      const text = readFileSync(out, "utf8");
      const spans = decodeTraces(Buffer.from(text), "application/json");
      expect(spans.map((s) => s.name)).toEqual(
        expect.arrayContaining(["initialize", "tools/call echo", "tools/call fail", "notifications/initialized"]),
      );
      expect(spans.every((s) => s.service === "replayed")).toBe(true);
      expect(spans.find((s) => s.name === "tools/call fail")!.attributes["error.type"]).toBe("tool_error");
      expect(text).not.toContain("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says in one line why a file is not a session (exit 2)", async () => {
    const lines: string[] = [];
    const code = await runExport(
      { file: "/nonexistent/x.mcp-session.json", otlp: true, help: false, version: false },
      {},
      {
        out: (t) => lines.push(t),
        err: (t) => lines.push(t),
      },
    );
    expect(code).toBe(2);
    expect(lines.join("")).toMatch(/^inspector export: cannot read .*x\.mcp-session\.json/);
  });
});

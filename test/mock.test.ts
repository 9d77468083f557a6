import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { request } from "node:http";
import { build } from "esbuild";
import { beforeAll, describe, expect, test } from "vitest";
import { Engine, RpcError } from "../server/engine";
import { RecordStore } from "../server/record/store";
import { runMock, type MockOptions } from "../server/commands/mock/run";
import { normalizeVolatile } from "../lib/session/json-diff";
import { isNotification, isRequest, isResponse, looksLikeJsonRpc } from "../lib/protocol/jsonrpc";
import type { SessionFile } from "../lib/session/file";
import type { Target } from "../lib/target/target";
import { recordSession } from "./helpers/sessions";
import { isMessage } from "./helpers/fixtures";
import { ROOT, everythingStdio, waitFor } from "./helpers/targets";
import { exitedAndRead } from "./helpers/exited";

const DOC = "demo://resource/static/document/architecture.md";
const SAMPLING_ANSWER = { role: "assistant", content: { type: "text", text: "recorded answer" }, model: "person" };
/** The official inspector, when the devDependency `@modelcontextprotocol/inspector` is installed. */
const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector");

let dir: string;
let runner: string;
let session: SessionFile;
let file: string;

/** The mock as a process, as the CLI will run it: runMock with SIGTERM wired to its signal. */
async function bundleRunner(out: string): Promise<void> {
  const contents = `
    import { runMock } from "./server/commands/mock/run.ts";
    const opts = { sessionFile: "", ignore: [] };
    const argv = process.argv.slice(2);
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === "--strict") opts.strict = true;
      else if (argv[i] === "--ignore") opts.ignore.push(argv[++i]);
      else opts.sessionFile = argv[i];
    }
    const stop = new AbortController();
    for (const s of ["SIGTERM", "SIGINT"]) process.on(s, () => stop.abort());
    const code = await runMock({ ...opts, signal: stop.signal }, { out: (s) => process.stdout.write(s + "\\n"), err: (s) => process.stderr.write(s + "\\n") });
    process.exit(code);`;
  await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: out,
    logLevel: "silent",
  });
}

const mockTarget = (...args: string[]): Target => ({ transport: "stdio", command: process.execPath, args: [runner, ...args], env: {} });

async function connected(target: Target): Promise<{ engine: Engine; record: RecordStore }> {
  const record = new RecordStore();
  const engine = new Engine(record, { name: "mock-test", version: "0" });
  const state = await engine.connect({ target });
  if (state.status !== "connected") throw new Error(`could not connect: ${state.error?.message}`);
  return { engine, record };
}

/** What a client sees from a server for the calls the recording made. */
async function observe(engine: Engine) {
  return normalizeVolatile({
    tools: (await engine.request("tools/list", {})).result,
    echo: (await engine.callTool("echo", { message: "hello" })).result,
    read: (await engine.request("resources/read", { uri: DOC })).result,
    prompt: (await engine.request("prompts/get", { name: "args-prompt", arguments: { city: "Paris" } })).result,
  });
}

beforeAll(async () => {
  // The runner is bundled inside the package (as dist/inspector.mjs is): the code it bundles finds
  // the package's own package.json above itself (server/paths.ts), for the version a session names.
  const cache = path.join(ROOT, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(path.join(cache, "mock-runner-"));
  runner = path.join(dir, "mock-runner.mjs");
  await bundleRunner(runner);
  session = await recordSession(everythingStdio(), async (e) => {
    await observe(e);
    await e.request("prompts/list", {});
    await e.callTool("get-sum", { a: 1, b: 2 });
    await e.callTool("get-sum", { a: 1, b: 2 });
    await e.callTool("trigger-long-running-operation", { duration: 0.05, steps: 2 });
    const call = e.callTool("trigger-sampling-request", { prompt: "hi", maxTokens: 5 });
    const p = await waitFor(() => e.getState().pending.find((x) => x.method === "sampling/createMessage"));
    await e.answer(p.pendingId, { result: SAMPLING_ANSWER });
    await call;
  });
  // The two identical get-sum calls answered differently, so the order of answers shows.
  const sums = session.entries.filter(
    (e) => e.kind === "message" && e.pair?.method === "tools/call" && JSON.stringify(e.message).includes("The sum of 1 and 2"),
  );
  expect(sums).toHaveLength(2);
  (sums[1] as { message: { result: { content: Array<{ text: string }> } } }).message.result.content[0].text = "second answer";
  file = save(session);
}, 60_000);

function save(s: unknown): string {
  const f = path.join(mkdtempSync(path.join(tmpdir(), "mock-file-")), "rec.mcp-session.json");
  writeFileSync(f, JSON.stringify(s));
  return f;
}

/** A plain JSON-RPC client over the mock's stdio: write lines, end stdin, read every line back. */
async function plainStdio(lines: unknown[], ...args: string[]) {
  const child = spawn(process.execPath, [runner, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const exited = exitedAndRead(child).then(({ code }) => code);
  const ids = lines.filter(isRequest).map((m) => m.id);
  for (const l of lines) child.stdin.write(JSON.stringify(l) + "\n");
  // Wait for every answer before the client goes away, as a real client would.
  await waitFor(() => ids.every((id) => out.includes(`"id":${JSON.stringify(id)}`)), 10_000, "every answer");
  child.stdin.end();
  const code = await exited;
  const messages = out
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  return { code, messages, err, out, byId: (id: number) => messages.find((m) => isResponse(m) && m.id === id) };
}

/** The mock over Streamable HTTP in this process, on a free port; stop() aborts it and gives its exit code and stderr. */
async function startHttp(extra: Partial<MockOptions> = {}) {
  const stop = new AbortController();
  let err = "";
  let url = "";
  const done = runMock(
    { sessionFile: file, port: 0, signal: stop.signal, onListening: (u) => (url = u), ...extra },
    { out: () => expect.fail("stdout is not used over HTTP"), err: (s) => (err += s + "\n") },
  );
  await waitFor(() => url, 10_000, "the mock to listen");
  return { url, stop: async () => (stop.abort(), { code: await done, err }) };
}

const init = {
  jsonrpc: "2.0",
  id: 0,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "plain", version: "1" } },
};
const initialized = { jsonrpc: "2.0", method: "notifications/initialized" };
const call = (id: number, name: string, args: Record<string, unknown>) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name, arguments: args },
});

describe("inspector mock over stdio", () => {
  test("the inspector's own engine as the client gets what the everything server itself gives", async () => {
    const live = await connected(everythingStdio());
    const expected = await observe(live.engine);
    await live.engine.close();
    const { engine, record } = await connected(mockTarget(file));
    try {
      expect(engine.getState().negotiated).toMatchObject({
        protocolVersion: session.negotiated!.protocolVersion,
        serverInfo: session.negotiated!.serverInfo,
        instructions: session.negotiated!.instructions,
        serverCapabilities: session.negotiated!.serverCapabilities,
      });
      expect(await observe(engine)).toEqual(expected);
      // The recorded list_changed notifications arrive where they did: before the tools/list response.
      const all = record.since(0).filter(isMessage);
      const listReq = all.find((e) => e.kind === "message" && (e.message as { method?: string }).method === "tools/list")!;
      const listRes = all.find((e) => e.kind === "message" && e.pair?.seq === listReq.seq)!;
      const between = all.filter((e) => e.seq > listReq.seq && e.seq < listRes.seq);
      // As many as the recording holds there (the server registers one per tool it adds for the client's capabilities).
      const recorded = session.entries.filter(isMessage);
      const recReq = recorded.find((e) => e.kind === "message" && (e.message as { method?: string }).method === "tools/list")!;
      const recRes = recorded.find((e) => e.kind === "message" && e.pair?.seq === recReq.seq)!;
      const recordedBetween = recorded.filter((e) => e.seq > recReq.seq && e.seq < recRes.seq).length;
      expect(recordedBetween).toBeGreaterThanOrEqual(5);
      expect(between.map((e) => (e.message as { method: string }).method)).toEqual(
        Array(recordedBetween).fill("notifications/tools/list_changed"),
      );
      expect(all.every((e) => looksLikeJsonRpc(e.message))).toBe(true);
    } finally {
      await engine.close();
    }
  });

  test("progress carries the live request's token; a played sampling request reaches the client and its answer completes the call", async () => {
    const { engine, record } = await connected(mockTarget(file));
    try {
      const before = record.lastSeq;
      const long = await engine.callTool("trigger-long-running-operation", { duration: 0.05, steps: 2 });
      expect(JSON.stringify(long.result)).toContain("Long running operation completed");
      const sent = record.since(before).find((e) => e.kind === "message" && (e.message as { method?: string }).method === "tools/call")!;
      const token = (sent as { message: { params: { _meta: { progressToken: unknown } } } }).message.params._meta.progressToken;
      const progress = record
        .since(before)
        .filter((e) => e.kind === "message" && (e.message as { method?: string }).method === "notifications/progress");
      expect(progress.map((e) => (e as { message: { params: unknown } }).message.params)).toEqual([
        { progress: 1, total: 2, progressToken: token },
        { progress: 2, total: 2, progressToken: token },
      ]);

      const c = engine.callTool("trigger-sampling-request", { prompt: "hi", maxTokens: 5 });
      const p = await waitFor(() => engine.getState().pending.find((x) => x.method === "sampling/createMessage"));
      expect(p.params).toEqual(
        session.entries
          .map((e) =>
            e.kind === "message" && (e.message as { method?: string }).method === "sampling/createMessage"
              ? (e.message as { params: unknown }).params
              : undefined,
          )
          .find(Boolean),
      );
      await engine.answer(p.pendingId, { result: SAMPLING_ANSWER });
      expect(JSON.stringify((await c).result)).toContain("recorded answer");
    } finally {
      await engine.close();
    }
  });

  test("an unmatched call names the closest recording and the param that differs; an unknown method is -32601", async () => {
    const { engine } = await connected(mockTarget(file));
    try {
      const miss = await engine.callTool("echo", { message: "bye" });
      expect(miss.error).toMatchObject({ code: -32602 });
      expect(miss.error!.message).toMatch(
        /^no recorded tools\/call echo matches this request: the closest is #\d+ tools\/call echo, which differs at \$\.params\.arguments\.message: recorded "hello", got "bye"$/,
      );
      const unknown = await engine
        .request("completion/complete", { ref: { type: "ref/prompt", name: "x" }, argument: { name: "a", value: "" } })
        .catch((e) => e);
      expect(unknown).toBeInstanceOf(RpcError);
      expect((unknown as RpcError).rpc).toMatchObject({
        code: -32601,
        message: expect.stringMatching(
          /^Method not found: completion\/complete is not in the recording \(it has initialize, tools\/list, tools\/call, resources\/read, prompts\/get, prompts\/list\)$/,
        ),
      });
    } finally {
      await engine.close();
    }
  });

  test("a plain JSON-RPC client: only JSON-RPC on stdout, repeated requests answered in recorded order, a summary on stderr; --strict exits 1", async () => {
    const lines = [
      init,
      initialized,
      call(1, "echo", { message: "hello" }),
      call(2, "get-sum", { a: 1, b: 2 }),
      call(3, "get-sum", { a: 1, b: 2 }),
      call(4, "get-sum", { a: 1, b: 2 }),
      call(5, "echo", { message: "bye" }),
      { jsonrpc: "2.0", id: 6, method: "ping" },
    ];
    const r = await plainStdio(lines, file, "--strict");
    expect(r.messages.every(looksLikeJsonRpc)).toBe(true);
    expect(r.byId(0)).toMatchObject({
      result: { protocolVersion: session.negotiated!.protocolVersion, serverInfo: session.negotiated!.serverInfo },
    });
    expect(r.byId(1)).toEqual({ jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "Echo: hello" }] } });
    const text = (id: number) => (r.byId(id) as { result: { content: Array<{ text: string }> } }).result.content[0].text;
    expect([text(2), text(3), text(4)]).toEqual(["The sum of 1 and 2 is 3.", "second answer", "second answer"]);
    expect(r.byId(5)).toMatchObject({
      error: {
        code: -32602,
        data: { differences: [{ path: "$.params.arguments.message", op: "changed", before: "hello", after: "bye" }] },
      },
    });
    expect(r.byId(6)).toEqual({ jsonrpc: "2.0", id: 6, result: {} });
    // The server's own notifications are played too, after initialize (where they were recorded).
    expect(r.messages.filter(isNotification).every((m) => (m as { method: string }).method.startsWith("notifications/"))).toBe(true);
    expect(r.err).toMatch(/^mock: 5 matched, 1 unmatched, \d+ recorded request\(s\) unused$/m);
    expect(r.err).toMatch(/^ {2}unmatched tools\/call echo: -32602 no recorded tools\/call echo matches/m);
    expect(r.err).toMatch(/^ {2}unused #\d+ resources\/read demo:\/\/resource\/static\/document\/architecture\.md$/m);
    expect(r.code).toBe(1);

    const lenient = await plainStdio(lines, file);
    expect(lenient.code).toBe(0);
    const matchedOnly = await plainStdio([init, initialized, call(1, "echo", { message: "hello" })], file, "--strict");
    expect(matchedOnly.code).toBe(0);
  });

  test("--ignore leaves a param out of matching", async () => {
    const r = await plainStdio([init, call(1, "echo", { message: "anything" })], file, "--ignore", "$.params.arguments.message");
    expect(r.byId(1)).toMatchObject({ result: { content: [{ type: "text", text: "Echo: hello" }] } });
  });
});

describe("inspector mock over Streamable HTTP", () => {
  test("the engine as the client: same results as the everything server; sampling over the POST's event stream", async () => {
    const live = await connected(everythingStdio());
    const expected = await observe(live.engine);
    await live.engine.close();
    const mock = await startHttp({ strict: true });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const { engine } = await connected({ transport: "http", url: mock.url, headers: {} });
    try {
      expect(await observe(engine)).toEqual(expected);
      const c = engine.callTool("trigger-sampling-request", { prompt: "hi", maxTokens: 5 });
      const p = await waitFor(() => engine.getState().pending.find((x) => x.method === "sampling/createMessage"));
      // Answered unlike the recording: reported in the summary, not fatal to the call.
      await engine.answer(p.pendingId, { result: { ...SAMPLING_ANSWER, model: "someone else" } });
      expect(JSON.stringify((await c).result)).toContain("recorded answer");
    } finally {
      await engine.close();
    }
    const { code, err } = await mock.stop();
    expect(err).toMatch(/^mock: 6 matched, 0 unmatched, \d+ recorded request\(s\) unused, 1 client answer\(s\) unlike the recording$/m);
    expect(err).toMatch(/^ {2}answer to #\d+ sampling\/createMessage differs: \$\.result\.model: recorded "person", got "someone else"$/m);
    expect(code).toBe(1);
  });

  test("a plain HTTP client: Mcp-Session-Id issued on initialize and required after; GET 405; DELETE ends the session", async () => {
    const mock = await startHttp();
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(mock.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream", ...headers },
        body: JSON.stringify(body),
      });
    const r0 = await post({ ...init, params: { ...init.params, protocolVersion: "2025-06-18" } });
    expect(r0.status).toBe(200);
    expect(r0.headers.get("content-type")).toBe("application/json");
    const sid = r0.headers.get("mcp-session-id")!;
    expect(sid).toMatch(/^[0-9a-f-]{36}$/);
    expect(await r0.json()).toMatchObject({ id: 0, result: { serverInfo: session.negotiated!.serverInfo } });
    expect((await post(call(1, "echo", { message: "hello" }))).status).toBe(400);
    expect((await post(call(1, "echo", { message: "hello" }), { "Mcp-Session-Id": "nope" })).status).toBe(404);
    expect((await post(initialized, { "Mcp-Session-Id": sid })).status).toBe(202);
    const r1 = await post(call(1, "echo", { message: "hello" }), { "Mcp-Session-Id": sid });
    expect(await r1.json()).toEqual({ jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: "Echo: hello" }] } });
    const r2 = await post(call(2, "nope", {}), { "Mcp-Session-Id": sid });
    expect(await r2.json()).toMatchObject({
      id: 2,
      error: { code: -32602, message: expect.stringMatching(/closest is #\d+ tools\/call \S+, which differs at \$\.params\.name/) },
    });
    expect((await fetch(mock.url, { headers: { "Mcp-Session-Id": sid, Accept: "text/event-stream" } })).status).toBe(405);
    expect((await fetch(mock.url, { method: "DELETE", headers: { "Mcp-Session-Id": sid } })).status).toBe(200);
    expect((await post(call(3, "echo", { message: "hello" }), { "Mcp-Session-Id": sid })).status).toBe(404);
    // DNS rebinding: a Host or Origin that is not this machine is refused (fetch cannot set Host).
    const status = (headers: Record<string, string>) =>
      new Promise<number | undefined>((resolve, reject) => {
        const req = request(
          mock.url,
          { method: "POST", headers: { "Content-Type": "application/json", ...headers } },
          (res) => (res.resume(), resolve(res.statusCode)),
        );
        req.on("error", reject);
        req.end(JSON.stringify(init));
      });
    expect(await status({ Host: "evil.example" })).toBe(403);
    expect(await status({ Origin: "http://evil.example" })).toBe(403);
    const { code, err } = await mock.stop();
    expect(code).toBe(0);
    expect(err).toMatch(/^mock: 2 matched, 1 unmatched/m);
    expect(err).toMatch(
      /^ {2}note: the client asked for protocol 2025-06-18; the recorded client asked for 2025-11-25, and the recorded answer \(2025-11-25\) is what it gets$/m,
    );
  });
});

describe("bad input: a clear message and exit 2", () => {
  const bad = async (s: unknown) => {
    let out = "";
    let err = "";
    const code = await runMock(
      { sessionFile: typeof s === "string" ? s : save(s) },
      { out: (x) => (out += x), err: (x) => (err += x + "\n") },
    );
    expect(code).toBe(2);
    expect(out).toBe("");
    return err;
  };

  test("another format or version, no responses, no initialize, no such file", async () => {
    expect(await bad({ format: "mcp-inspector-record", version: 1, entries: [] })).toMatch(
      /^inspector: .*: this is not a session file: expected "format": "mcp-inspector-session"$/m,
    );
    expect(await bad({ ...session, version: 3 })).toMatch(/this session file is format version 3; this inspector reads versions 1 and 2/);
    const requestsOnly = { ...session, entries: session.entries.filter((e) => !(e.kind === "message" && e.dir === "server->client")) };
    expect(await bad(requestsOnly)).toMatch(/: the recording holds no responses: there is nothing to play$/m);
    const noInit = { ...session, entries: session.entries.filter((e) => !(e.kind === "message" && e.pair?.method === "initialize")) };
    expect(await bad(noInit)).toMatch(/the recording has no initialize response, so the mock cannot answer initialize/);
    expect(await bad(path.join(dir, "missing.mcp-session.json"))).toMatch(/cannot read .*missing\.mcp-session\.json: no such file/);
  });
});

describe.skipIf(!existsSync(path.join(OFFICIAL, "package.json")))("the official inspector's CLI pointed at the mock", () => {
  const bin = () => path.join(OFFICIAL, JSON.parse(readFileSync(path.join(OFFICIAL, "package.json"), "utf8")).bin.inspector);
  /** Run the official CLI (async: an in-process HTTP mock must go on answering meanwhile). */
  const official = async (...args: string[]) => {
    const child = spawn(process.execPath, [bin(), "--cli", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0) throw new Error(`official inspector exited ${code}: ${err}`);
    return JSON.parse(out);
  };
  const overStdio = (...args: string[]) => official(process.execPath, runner, file, ...args);
  const recorded = (method: string, pick: (params: Record<string, unknown>) => boolean = () => true) => {
    const req = session.entries.find(
      (e) =>
        e.kind === "message" &&
        (e.message as { method?: string }).method === method &&
        pick((e.message as { params?: Record<string, unknown> }).params ?? {}),
    )!;
    return (session.entries.find((e) => e.kind === "message" && e.pair?.seq === req.seq) as { message: { result: unknown } }).message
      .result;
  };

  test("over stdio: tools/list, tools/call echo, resources/read and prompts/get answer as recorded", async () => {
    expect(await overStdio("--method", "tools/list")).toEqual(recorded("tools/list"));
    expect(await overStdio("--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hello")).toEqual(
      recorded("tools/call", (p) => p.name === "echo"),
    );
    expect(await overStdio("--method", "resources/read", "--uri", DOC)).toEqual(recorded("resources/read"));
    expect(await overStdio("--method", "prompts/get", "--prompt-name", "args-prompt", "--prompt-args", "city=Paris")).toEqual(
      recorded("prompts/get"),
    );
  });

  test("over Streamable HTTP: the same, and nothing it asked went unmatched", async () => {
    const mock = await startHttp({ strict: true });
    const url = ["--server-url", mock.url, "--transport", "http"];
    expect(await official(...url, "--method", "tools/list")).toEqual(recorded("tools/list"));
    expect(await official(...url, "--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hello")).toEqual(
      recorded("tools/call", (p) => p.name === "echo"),
    );
    const { code, err } = await mock.stop();
    expect(err).toMatch(/^mock: \d+ matched, 0 unmatched/m);
    expect(code).toBe(0);
  });
});

#!/usr/bin/env node
// A mutating stdio proxy: starts a real MCP server (one this project did not write) unmodified and
// rewrites the frames between it and the client, planting one regression or one harmless change.
//
//   node proxy.mjs [--mutant NAME] [--tool TOOL] [--nth N] [--delay-ms MS] [--temp-env NAME=FILE] [--env NAME=VALUE] [--] COMMAND ARGS...
//
// --mutant none (the default) passes every frame as it is. --tool names the tool a mutant is
// about; --nth the call a crash happens on (default 2); --delay-ms how much later the slow mutant
// answers (default 5000). --temp-env gives the server a fresh temp
// folder per start, as NAME=<folder>/FILE in its environment (server-memory's MEMORY_FILE_PATH).
// --env sets one variable of the server's environment.
// Frames are newline-delimited JSON-RPC (the stdio transport); a line that is not JSON passes as is.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

/** Each mutant, what it plants, and whether a user would call it a regression. */
export const PROXY_MUTANTS = {
  none: { harmless: true, says: "the published server, unmodified" },
  // Regressions.
  "drop-progress": { harmless: false, says: "the server's notifications/progress are dropped" },
  "drop-log": { harmless: false, says: "the server's notifications/message (log) are dropped" },
  slow: { harmless: false, says: "TOOL's answer comes 5 s later (or past a slow recording's limit)" },
  "crash-nth": { harmless: false, says: "the server exits on the Nth tools/call, unanswered" },
  "rpc-error": { harmless: false, says: "TOOL answers a JSON-RPC error (-32603) instead of its result" },
  "result-text": { harmless: false, says: "TOOL's result text is changed (upper-cased)" },
  "tool-renamed": { harmless: false, says: "TOOL is listed and served as TOOL_v2 (calls to TOOL fail)" },
  "tool-removed": { harmless: false, says: "TOOL is no longer listed nor served" },
  "required-added": { harmless: false, says: "TOOL's inputSchema requires a new field reason (calls without it fail)" },
  "struct-broken": { harmless: false, says: "TOOL's structuredContent breaks its outputSchema (a field of another type)" },
  // Harmless changes: `diff` calls each compatible; no client relying on the old surface breaks.
  "tools-reordered": { harmless: true, says: "tools/list in the reverse order" },
  "tool-added": { harmless: true, says: "a new tool extra_ping is listed and served" },
  "description-fixed": { harmless: true, says: "a typo fixed in TOOL's description (its final full stop)" },
  "result-meta": { harmless: true, says: "every tools/call result carries an added _meta" },
  "optional-input": { harmless: true, says: "TOOL's inputSchema gains an optional property verbose" },
  "resource-added": { harmless: true, says: "a new resource extra://readme is listed and served" },
  "prompt-added": { harmless: true, says: "a new prompt extra_prompt is listed and served" },
  "version-bumped": { harmless: true, says: "serverInfo.version is bumped" },
  "tools-meta": { harmless: true, says: "every tools/list entry carries an added _meta" },
};

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();

function main() {
  // Flags (each with a value) come first, then the server's command; a `--` before it is optional
  // (a CLI that starts this proxy may have taken the `--` for itself).
  const argv = process.argv.slice(2);
  const opts = { mutant: "none", tool: "", nth: 2, delayMs: 5000, tempEnv: [], env: [] };
  let i = 0;
  while (i < argv.length && argv[i].startsWith("--")) {
    const flag = argv[i];
    if (flag === "--") {
      i++;
      break;
    }
    const value = argv[i + 1];
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === "--mutant") opts.mutant = value;
    else if (flag === "--tool") opts.tool = value;
    else if (flag === "--nth") opts.nth = Number(value);
    else if (flag === "--delay-ms") opts.delayMs = Number(value);
    else if (flag === "--temp-env") opts.tempEnv.push(value);
    else if (flag === "--env") opts.env.push(value);
    else usage(`unknown flag ${flag}`);
    i += 2;
  }
  if (i >= argv.length) usage("no server command");
  if (!Number.isInteger(opts.delayMs) || opts.delayMs < 0) usage(`--delay-ms takes a whole number of milliseconds`);
  if (!(opts.mutant in PROXY_MUTANTS)) usage(`unknown mutant ${opts.mutant} (known: ${Object.keys(PROXY_MUTANTS).join(", ")})`);
  if (/TOOL/.test(PROXY_MUTANTS[opts.mutant].says) && !opts.tool) usage(`--mutant ${opts.mutant} needs --tool`);
  run(opts, argv[i], argv.slice(i + 1));
}

function usage(msg) {
  process.stderr.write(
    `proxy.mjs: ${msg}\nusage: node proxy.mjs [--mutant NAME] [--tool TOOL] [--nth N] [--delay-ms MS] [--temp-env NAME=FILE] [--env NAME=VALUE] [--] COMMAND ARGS...\n`,
  );
  process.exit(2);
}

function run(opts, command, args) {
  const env = { ...process.env };
  for (const spec of opts.env) env[spec.slice(0, spec.indexOf("="))] = spec.slice(spec.indexOf("=") + 1);
  const temps = [];
  for (const spec of opts.tempEnv) {
    const [name, file] = spec.split("=");
    const dir = mkdtempSync(path.join(os.tmpdir(), "mutant-proxy-"));
    temps.push(dir);
    env[name] = path.join(dir, file);
  }
  const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"], env });
  const cleanup = () => temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
  // The client ends a stdio target by a signal to its group (a run's end, a timeout): the server's
  // temp folder goes too, as when the server exits first, and the proxy still ends by that signal
  // (the handler is gone once it ran), so the client sees what it saw before.
  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"])
    process.once(sig, () => {
      cleanup();
      process.kill(process.pid, sig);
    });
  child.on("exit", (code, signal) => {
    cleanup();
    process.exit(code ?? (signal ? 1 : 0));
  });
  child.on("error", (e) => {
    process.stderr.write(`proxy.mjs: cannot start ${command}: ${e.message}\n`);
    cleanup();
    process.exit(1);
  });
  process.stdin.on("end", () => child.stdin.end());
  const { mutant, tool } = opts;
  const renamed = `${tool}_v2`;
  const pending = new Map(); // client request id -> { method, params }
  let calls = 0;
  const toClient = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
  const toServer = (msg) => child.stdin.write(JSON.stringify(msg) + "\n");
  const answer = (id, result) => toClient({ jsonrpc: "2.0", id, result });
  const fail = (id, code, message) => toClient({ jsonrpc: "2.0", id, error: { code, message } });

  readline.createInterface({ input: process.stdin }).on("line", (line) => {
    const msg = parse(line);
    if (!msg || typeof msg.method !== "string" || msg.id === undefined) return void child.stdin.write(line + "\n");
    const { id, method } = msg;
    const params = msg.params ?? {};
    if (method === "tools/call") {
      calls++;
      if (mutant === "crash-nth" && calls === opts.nth) {
        process.stderr.write(`mutant crash-nth: exiting on tools/call #${calls}\n`);
        child.kill("SIGKILL");
        cleanup();
        process.exit(1);
      }
      const name = params.name;
      if (mutant === "tool-added" && name === "extra_ping") return answer(id, { content: [{ type: "text", text: "pong" }] });
      if ((mutant === "tool-renamed" && name === tool) || (mutant === "tool-removed" && name === tool))
        return fail(id, -32602, `Unknown tool: ${name}`);
      if (mutant === "tool-renamed" && name === renamed) msg.params = { ...params, name: tool };
      if (mutant === "required-added" && name === tool) {
        const a = { ...(params.arguments ?? {}) };
        if (typeof a.reason !== "string")
          return answer(id, {
            content: [{ type: "text", text: `Input validation error: Invalid arguments for tool ${tool}: reason: Required` }],
            isError: true,
          });
        delete a.reason;
        msg.params = { ...params, arguments: a };
      }
      if (mutant === "optional-input" && name === tool && params.arguments && "verbose" in params.arguments) {
        const { verbose: _, ...rest } = params.arguments;
        msg.params = { ...params, arguments: rest };
      }
    }
    if (mutant === "resource-added" && method === "resources/read" && params.uri === "extra://readme")
      return answer(id, { contents: [{ uri: "extra://readme", mimeType: "text/plain", text: "Read me." }] });
    if (mutant === "prompt-added" && method === "prompts/get" && params.name === "extra_prompt")
      return answer(id, { messages: [{ role: "user", content: { type: "text", text: "An extra prompt." } }] });
    pending.set(id, { method, params: msg.params ?? {} });
    toServer(msg);
  });

  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const msg = parse(line);
    if (!msg) return void process.stdout.write(line + "\n");
    if (typeof msg.method === "string") {
      // A notification or a request of the server.
      if (mutant === "drop-progress" && msg.method === "notifications/progress") return;
      if (mutant === "drop-log" && msg.method === "notifications/message") return;
      return toClient(msg);
    }
    const req = pending.get(msg.id);
    if (!req) return toClient(msg);
    pending.delete(msg.id);
    if (msg.result) rewrite(req, msg.result, msg);
    if (mutant === "slow" && req.method === "tools/call" && req.params.name === tool)
      return void setTimeout(() => toClient(msg), opts.delayMs);
    toClient(msg);
  });

  /** Rewrites a result in place (or turns the message into an error). */
  function rewrite(req, result, msg) {
    const { method, params } = req;
    if (mutant === "version-bumped") {
      if (result.serverInfo?.version !== undefined) result.serverInfo.version = bump(result.serverInfo.version);
      const info = result._meta?.["io.modelcontextprotocol/serverInfo"];
      if (info?.version !== undefined) info.version = bump(info.version);
    }
    if (method === "tools/list" && Array.isArray(result.tools)) {
      let tools = result.tools;
      if (mutant === "tools-reordered") tools = [...tools].reverse();
      if (mutant === "tool-added")
        tools = [...tools, { name: "extra_ping", description: "Answers pong.", inputSchema: { type: "object", properties: {} } }];
      if (mutant === "tool-removed") tools = tools.filter((t) => t.name !== tool);
      if (mutant === "tools-meta") tools = tools.map((t) => ({ ...t, _meta: { ...(t._meta ?? {}), "com.example/category": "general" } }));
      tools = tools.map((t) => {
        if (t.name !== tool) return t;
        if (mutant === "tool-renamed") return { ...t, name: renamed };
        if (mutant === "description-fixed") return { ...t, description: fixTypo(t.description ?? "") };
        const schema = t.inputSchema ?? { type: "object" };
        if (mutant === "required-added")
          return {
            ...t,
            inputSchema: {
              ...schema,
              properties: { ...(schema.properties ?? {}), reason: { type: "string", description: "Why." } },
              required: [...(schema.required ?? []), "reason"],
            },
          };
        if (mutant === "optional-input")
          return {
            ...t,
            inputSchema: {
              ...schema,
              properties: { ...(schema.properties ?? {}), verbose: { type: "boolean", description: "More detail." } },
            },
          };
        return t;
      });
      result.tools = tools;
    }
    if (method === "resources/list" && mutant === "resource-added" && Array.isArray(result.resources) && !result.nextCursor)
      result.resources.push({ uri: "extra://readme", name: "readme", mimeType: "text/plain" });
    if (method === "prompts/list" && mutant === "prompt-added" && Array.isArray(result.prompts) && !result.nextCursor)
      result.prompts.push({ name: "extra_prompt", description: "An extra prompt." });
    if (method !== "tools/call") return;
    if (mutant === "result-meta") result._meta = { ...(result._meta ?? {}), "com.example/trace": "t-1" };
    if (params.name !== tool) return;
    if (mutant === "rpc-error") {
      delete msg.result;
      msg.error = { code: -32603, message: "Internal error" };
    }
    if (mutant === "result-text") {
      const block = (result.content ?? []).find((c) => c.type === "text");
      if (block) {
        const before = block.text;
        block.text = before.toUpperCase() === before ? `${before} (changed)` : before.toUpperCase();
        // Where structuredContent mirrors the text (Python's {result: text}), it changes with it.
        for (const [k, v] of Object.entries(result.structuredContent ?? {})) if (v === before) result.structuredContent[k] = block.text;
      }
    }
    if (mutant === "struct-broken" && result.structuredContent && typeof result.structuredContent === "object") {
      const [key, value] = Object.entries(result.structuredContent)[0] ?? [];
      if (key !== undefined) result.structuredContent[key] = typeof value === "string" ? 42 : "broken";
    }
  }
}

function parse(line) {
  try {
    const v = JSON.parse(line);
    return v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function bump(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)(.*)$/.exec(String(version));
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}${m[4]}` : `${version}.1`;
}

function fixTypo(text) {
  return text.endsWith(".") ? text.slice(0, -1) : `${text}.`;
}

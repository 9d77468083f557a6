// `npm run interop:hosts` (issue 90): the tap under hosts the suite cannot carry. opencode, Copilot
// CLI, Codex and Cline ship native binaries (100-200 MB each), so they are installed here, into a
// cache folder, never into devDependencies; Qwen Code (JavaScript, the suite's peer: scripts/test-fixtures.mjs) runs too, so
// the table has all five. Each host runs headless with a scripted model on loopback, once with the
// everything server direct and once through `tap --save-session`, configured in the host's own
// file in a fresh HOME. The model calls the server's echo tool; the table says whether the answer
// came back to the model, whether the tap's file holds the frames, and whether the host saw the
// same tools either way. Results go in docs/tap.md ("Hosts tried").
//
//   npm run interop:hosts [-- --only NAME,NAME] [-- --keep]   (--keep leaves the temp folders)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startScriptedModel } from "../test/fixtures/scripted-model.mjs";
import { NPM_PEERS, pinnedNpm } from "./test-fixtures.mjs";

const QWEN_PEER = pinnedNpm(NPM_PEERS.qwen);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "mcp-inspector-harness", "interop-hosts");
const BIN = path.join(ROOT, "bin/inspector.mjs");
const EVERYTHING = path.join(ROOT, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
const NODE = process.execPath;
const PROMPT = "echo please";
/** The temporary folders this run made, removed at the end unless --keep. */
const made = [];
const SAID = "through the tap";

/** The versions issue 90 tried; pinned so a rerun compares like with like. */
const PINNED = { cline: "3.0.65", "opencode-ai": "1.18.33", "@github/copilot": "1.0.102", "@openai/codex": "0.169.0" };
const cached = (bin) => path.join(CACHE, "node_modules/.bin", bin);

/**
 * Each host: how its file names an stdio server, how it is pointed at the model, how it runs one
 * prompt headless. `entry` is { command, args }; `call` is the tool call the model makes once it
 * knows the name the host gave the echo tool.
 */
const HOSTS = [
  {
    name: "Qwen Code",
    version: () => readJson(path.join(path.dirname(QWEN_PEER.main), "package.json")).version,
    api: "chat",
    setup({ home, entry, baseUrl }) {
      put(path.join(home, ".qwen/settings.json"), {
        mcpServers: { everything: entry },
        // Nothing of Qwen's own to the network: no update check, usage statistics or telemetry.
        general: { disableAutoUpdate: true, disableUpdateNag: true },
        privacy: { usageStatisticsEnabled: false },
        telemetry: { enabled: false },
      });
      const qwen = QWEN_PEER.main;
      return {
        command: NODE,
        args: [
          qwen,
          "--auth-type",
          "openai",
          "--openai-base-url",
          baseUrl,
          "--openai-api-key",
          "sk-interop",
          "-m",
          "scripted",
          "--yolo",
          PROMPT,
        ],
        env: { QWEN_CODE_SUPPRESS_YOLO_WARNING: "1" },
      };
    },
    // Qwen Code defers MCP tools behind its own tool_call.
    call: (name) => ({ name: "tool_call", args: { name, arguments: { message: SAID } } }),
  },
  {
    name: "Cline CLI",
    version: () => PINNED.cline,
    api: "chat",
    setup({ home, entry, baseUrl, env }) {
      put(path.join(home, ".cline/data/settings/cline_mcp_settings.json"), { mcpServers: { everything: entry } });
      execFileSync(cached("cline"), ["auth", "-p", "openai", "-k", "sk-interop", "-m", "scripted", "-b", baseUrl], {
        env,
        stdio: "ignore",
      });
      return { command: cached("cline"), args: ["--json", "-m", "scripted", PROMPT], env: {} };
    },
    call: (name) => ({ name, args: { message: SAID } }),
  },
  {
    name: "opencode",
    version: () => PINNED["opencode-ai"],
    api: "chat",
    setup({ home, entry, baseUrl }) {
      put(path.join(home, ".config/opencode/opencode.json"), {
        $schema: "https://opencode.ai/config.json",
        provider: {
          stub: { npm: "@ai-sdk/openai-compatible", options: { baseURL: baseUrl, apiKey: "sk-interop" }, models: { scripted: {} } },
          // Its title request quotes the prompt as the real one does, so the script could not tell them
          // apart: titles go to a closed port (opencode runs on without one).
          titles: { npm: "@ai-sdk/openai-compatible", options: { baseURL: "http://127.0.0.1:9/v1", apiKey: "none" }, models: { none: {} } },
        },
        small_model: "titles/none",
        mcp: { everything: { type: "local", command: [entry.command, ...entry.args] } },
      });
      return { command: cached("opencode"), args: ["run", "-m", "stub/scripted", PROMPT], env: {} };
    },
    call: (name) => ({ name, args: { message: SAID } }),
  },
  {
    name: "Copilot CLI",
    version: () => PINNED["@github/copilot"],
    api: "chat",
    setup({ home, entry, baseUrl }) {
      put(path.join(home, ".copilot/mcp-config.json"), { mcpServers: { everything: { type: "local", ...entry, tools: ["*"] } } });
      return {
        command: cached("copilot"),
        args: ["-p", PROMPT, "--allow-all-tools"],
        // Its documented BYOK variables (docs.github.com, "Using your own LLM models in Copilot CLI").
        env: { COPILOT_PROVIDER_BASE_URL: baseUrl, COPILOT_PROVIDER_API_KEY: "sk-interop", COPILOT_MODEL: "scripted" },
      };
    },
    call: (name) => ({ name, args: { message: SAID } }),
  },
  {
    name: "Codex CLI",
    version: () => PINNED["@openai/codex"],
    // Codex 0.169 refuses `wire_api = "chat"`: it speaks only the Responses API.
    api: "responses",
    setup({ home, entry, baseUrl }) {
      const toml = [
        `model = "scripted"`,
        `model_provider = "stub"`,
        `[model_providers.stub]`,
        `name = "stub"`,
        `base_url = ${JSON.stringify(baseUrl)}`,
        `env_key = "STUB_KEY"`,
        `wire_api = "responses"`,
        `[mcp_servers.everything]`,
        `command = ${JSON.stringify(entry.command)}`,
        `args = ${JSON.stringify(entry.args)}`,
      ].join("\n");
      mkdirSync(path.join(home, ".codex"), { recursive: true });
      writeFileSync(path.join(home, ".codex/config.toml"), toml + "\n");
      return {
        command: cached("codex"),
        args: ["exec", "--skip-git-repo-check", "--dangerously-bypass-approvals-and-sandbox", PROMPT],
        env: { CODEX_HOME: path.join(home, ".codex"), STUB_KEY: "sk-interop" },
      };
    },
    // Codex groups a server's tools as one `namespace` tool (names with `_` for `-`); the model calls `echo` in it.
    tools(body) {
      const ns = (body.tools ?? []).find((t) => t.type === "namespace" && /everything/.test(t.name));
      return ns ? { prefix: `${ns.name}/`, tools: ns.tools.map((t) => t.name).sort() } : { prefix: undefined, tools: [] };
    },
    call: (name) => ({ name: name.split("/")[1], namespace: name.split("/")[0], args: { message: SAID } }),
  },
];

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function put(file, json) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(json, null, 2));
}

/** Installs the pinned native hosts into the cache once; a second run reuses them. */
function install() {
  const missing = Object.entries(PINNED).filter(([pkg, v]) => {
    const manifest = path.join(CACHE, "node_modules", pkg, "package.json");
    return !existsSync(manifest) || readJson(manifest).version !== v;
  });
  if (!missing.length) return;
  mkdirSync(CACHE, { recursive: true });
  if (!existsSync(path.join(CACHE, "package.json"))) put(path.join(CACHE, "package.json"), { name: "interop-hosts", private: true });
  const specs = missing.map(([pkg, v]) => `${pkg}@${v}`);
  process.stderr.write(`interop:hosts: installing ${specs.join(" ")} into ${CACHE}\n`);
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", ...specs], { cwd: CACHE, stdio: "inherit" });
}

/**
 * The Responses API as Codex reads it, over the same script turns: one streamed `response.*`
 * sequence per request, a function_call item for a tool call, a message item for text.
 */
async function startScriptedResponses(script) {
  const turns = script.turns.map((t) => ({ ...t, used: false }));
  const requests = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const json = JSON.parse(body || "{}");
      requests.push({ path: req.url, body: json });
      if (!req.url.endsWith("/responses")) return void res.writeHead(404).end();
      const text = JSON.stringify(json.input ?? []);
      const turn = turns.find((t) => !t.used && (!t.when || text.includes(t.when)));
      if (turn && !turn.repeat) turn.used = true;
      const n = requests.length;
      const items = (turn?.toolCalls ?? []).map((c, i) => ({
        type: "function_call",
        id: `fc_${n}_${i}`,
        call_id: `call_${n}_${i}`,
        name: c.name,
        ...(c.namespace ? { namespace: c.namespace } : {}),
        arguments: JSON.stringify(c.args ?? {}),
        status: "completed",
      }));
      if (turn?.text || !items.length)
        items.push({
          type: "message",
          id: `msg_${n}`,
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text: turn?.text ?? "", annotations: [] }],
        });
      const response = { id: `resp_${n}`, object: "response", model: json.model, status: "completed", output: items };
      res.writeHead(200, { "content-type": "text/event-stream" });
      const event = (type, data) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
      event("response.created", { response: { ...response, status: "in_progress", output: [] } });
      items.forEach((item, output_index) => {
        event("response.output_item.added", { output_index, item });
        event("response.output_item.done", { output_index, item });
      });
      event("response.completed", {
        response: {
          ...response,
          usage: {
            input_tokens: 10,
            output_tokens: 5,
            total_tokens: 15,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens_details: { reasoning_tokens: 0 },
          },
        },
      });
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${server.address().port}/v1`;
  return { baseUrl, requests, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

/** The host's name for the everything server's tools: found from the echo tool wherever it is listed. */
function toolsSeen(body) {
  const text = JSON.stringify(body);
  const echo = /([A-Za-z0-9_.-]*everything[A-Za-z0-9_.-]*?)echo\b/.exec(text);
  if (!echo) return { prefix: undefined, tools: [] };
  const prefix = echo[1];
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const names = text.match(new RegExp(`${escaped}[A-Za-z0-9_-]+`, "g")) ?? [];
  return { prefix, tools: [...new Set(names.map((n) => n.slice(prefix.length)))].sort() };
}

/** Stops what a host left running (Cline's hub daemon): processes whose command line names this run's folder. */
function stopLeftovers(root) {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let cmd = "";
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (cmd.includes(root) && Number(pid) !== process.pid) {
      try {
        process.kill(Number(pid), "SIGTERM");
      } catch {
        // Gone already.
      }
    }
  }
}

/** One headless run of `host` with `entry` as its everything server; the model follows `turns`. */
async function runHost(host, entry, turns) {
  const root = made.at(-1 + made.push(mkdtempSync(path.join(tmpdir(), `interop-${host.name.split(" ")[0].toLowerCase()}-`))));
  const home = path.join(root, "home");
  const project = path.join(root, "project");
  mkdirSync(home, { recursive: true });
  mkdirSync(project);
  const model = host.api === "responses" ? await startScriptedResponses({ turns }) : await startScriptedModel({ turns });
  const env = { PATH: process.env.PATH ?? "", HOME: home, TMPDIR: root, NO_COLOR: "1", XDG_CONFIG_HOME: path.join(home, ".config") };
  const started = Date.now();
  try {
    const run = host.setup({ home, project, entry: entry(root), baseUrl: model.baseUrl, env });
    const child = spawn(run.command, run.args, { cwd: project, env: { ...env, ...run.env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const killer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    const code = await new Promise((resolve) => child.once("exit", resolve));
    clearTimeout(killer);
    // Kept with --keep, for a reader who wants to see what the host sent its model.
    writeFileSync(path.join(root, "model-requests.json"), JSON.stringify(model.requests, null, 1));
    return { root, code, out, seconds: (Date.now() - started) / 1000, requests: model.requests.map((r) => r.body) };
  } finally {
    await model.close();
    stopLeftovers(root);
  }
}

/**
 * What the tap's file holds: the host's initialize (its capabilities), the tools listed, the call
 * and its answer. A host that kills the tap (Codex) leaves only FILE.journal: a read of FILE
 * rebuilds it (docs/tap.md), as the person who ran the host, whose journal key is in that HOME.
 */
async function readSession(file, home) {
  // The host quits and the tap saves as its stdin closes; give it the time a slow save takes.
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  let rebuilt = false;
  if (!existsSync(file) && existsSync(`${file}.journal`)) {
    spawnSync(NODE, [BIN, "test", "--from-session", file], { env: { ...process.env, HOME: home, XDG_STATE_HOME: "" }, stdio: "ignore" });
    rebuilt = existsSync(file);
  }
  if (!existsSync(file)) return undefined;
  const frames = readJson(file).entries.filter((e) => e.kind === "message");
  const sent = (method) => frames.find((e) => e.dir === "client->server" && e.message.method === method)?.message;
  const answer = (req) =>
    req && frames.find((e) => e.dir === "server->client" && e.message.id === req.id && "result" in e.message)?.message;
  const init = sent("initialize");
  const call = sent("tools/call");
  return {
    rebuilt,
    client: init?.params?.clientInfo,
    capabilities: Object.keys(init?.params?.capabilities ?? {}).filter((k) => k !== "extensions"),
    listed:
      answer(sent("tools/list"))
        ?.result?.tools?.map((t) => t.name)
        .sort() ?? [],
    called: call?.params?.name,
    answered: JSON.stringify(answer(call)?.result ?? "").includes(`Echo: ${SAID}`),
  };
}

async function tryHost(host) {
  const row = { host: host.name, version: host.version() };
  const direct = await runHost(host, () => ({ command: NODE, args: [EVERYTHING, "stdio"] }), [{ text: "done", repeat: true }]);
  const seenBy = host.tools ?? toolsSeen;
  // The first request that lists the server's tools (opencode's first asks for a title, with none).
  const firstSeen = (requests) => requests.map(seenBy).find((s) => s.prefix) ?? { prefix: undefined, tools: [] };
  const seen = firstSeen(direct.requests);
  row.direct = seen.tools.length;
  if (!seen.prefix) return { ...row, verdict: `direct run: the model saw no everything tools (exit ${direct.code})`, log: direct.out };
  const dir = mkdtempSync(path.join(tmpdir(), "interop-session-"));
  made.push(dir);
  const file = path.join(dir, "host.mcp-session.json");
  const tapped = await runHost(
    host,
    () => ({ command: NODE, args: [BIN, "tap", "--no-page", "--save-session", file, "--", NODE, EVERYTHING, "stdio"] }),
    [
      { when: PROMPT, toolCalls: [host.call(`${seen.prefix}echo`)] },
      { text: "done", repeat: true },
    ],
  );
  const tappedTools = firstSeen(tapped.requests).tools;
  row.tapped = tappedTools.length;
  row.sameTools = JSON.stringify(tappedTools) === JSON.stringify(seen.tools);
  row.gotAnswer = tapped.requests.slice(1).some((b) => JSON.stringify(b).includes(`Echo: ${SAID}`));
  const session = await readSession(file, path.join(tapped.root, "home"));
  row.session = session;
  row.seconds = Math.round(tapped.seconds);
  // A host may rewrite names for its model (Codex: `_` for `-`); compared as the host shows them.
  const asShown = (names) => JSON.stringify(names.map((n) => (host.tools ? n.replaceAll("-", "_") : n)).sort());
  row.listedSame = session ? asShown(session.listed) === asShown(seen.tools) : false;
  const ok = row.sameTools && row.gotAnswer && session?.answered && row.listedSame;
  row.verdict = ok ? "ok" : `failed (exit ${tapped.code})`;
  if (!ok) row.log = tapped.out.slice(-2000);
  return row;
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1].split(",") : undefined;
if (!existsSync(path.join(ROOT, "dist/inspector.mjs")))
  execFileSync(NODE, [path.join(ROOT, "scripts/build.mjs"), "server"], { stdio: "inherit" });
install();
await QWEN_PEER.ensure();
const rows = [];
for (const host of HOSTS.filter((h) => !only || only.some((o) => h.name.toLowerCase().includes(o.toLowerCase())))) {
  process.stderr.write(`interop:hosts: ${host.name}…\n`);
  try {
    rows.push(await tryHost(host));
  } catch (e) {
    rows.push({ host: host.name, version: host.version(), verdict: `could not run: ${e.message}` });
  }
  const last = rows.at(-1);
  if (last.log) process.stderr.write(`--- ${host.name} output (tail) ---\n${last.log}\n`);
}

const date = new Date().toISOString().slice(0, 10);
console.log(
  `Hosts tried on ${date}, node ${process.version}, everything server ${readJson(path.join(ROOT, "node_modules/@modelcontextprotocol/server-everything/package.json")).version}:\n`,
);
console.log(
  "| host | version | tools direct | tools tapped | same tools | answer reached the model | file: initialize, tools/list, tools/call + answer | client capabilities | verdict |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const s = r.session;
  const file = s
    ? `${s.client?.name ?? "?"}, ${s.listed.length} tools, ${s.called ?? "no call"}${s.answered ? " answered" : ""}${s.rebuilt ? " (rebuilt from its journal)" : ""}`
    : "—";
  const yes = (b) => (b === undefined ? "—" : b ? "yes" : "no");
  console.log(
    `| ${r.host} | ${r.version} | ${r.direct ?? "—"} | ${r.tapped ?? "—"} | ${yes(r.sameTools)} | ${yes(r.gotAnswer)} | ${file} | ${s ? s.capabilities.join(", ") || "none" : "—"} | ${r.verdict} |`,
  );
}
if (!process.argv.includes("--keep")) for (const dir of made) rmSync(dir, { recursive: true, force: true });
process.exitCode = rows.every((r) => r.verdict === "ok") ? 0 : 1;

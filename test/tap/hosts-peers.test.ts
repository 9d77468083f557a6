// Issue 90: the hosts as peers in the suite. Qwen Code (a JavaScript CLI from npm, pinned, made
// in `npm test`'s fixtures stage into node_modules/.cache: scripts/test-fixtures.mjs) runs headless against a scripted model on loopback, with the everything server
// configured in its own ~/.qwen/settings.json, once direct and once through our tap. A host nobody
// here wrote proves what our own fixtures cannot: the host got the tool's answer, the tap's file
// holds the frames the host exchanged, and the host saw the same tools either way.
// Cline CLI is no longer JavaScript (its npm package wraps a 152 MB Bun binary): it runs with the
// native hosts in `npm run interop:hosts` (scripts/interop-hosts.mjs), results in docs/tap.md.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NPM_PEERS, pinnedNpm } from "../../scripts/test-fixtures.mjs";
import { EVERYTHING, ROOT } from "../helpers/targets";
import { startScriptedModel, type ScriptedModel, type ScriptedModelScript } from "../helpers/scripted-model";

const qwenPeer = pinnedNpm(NPM_PEERS.qwen);
const QWEN = qwenPeer.main;
const BIN = path.join(ROOT, "bin/inspector.mjs");
const everything = [EVERYTHING, "stdio"];

/** Nothing of Qwen's own goes to the network: no update check, no usage statistics, no telemetry (its settings page). */
const QUIET = {
  general: { disableAutoUpdate: true, disableUpdateNag: true },
  privacy: { usageStatisticsEnabled: false },
  telemetry: { enabled: false },
};

type McpEntry = { command: string; args: string[] };

/** Qwen Code's headless run (`qwen PROMPT`) in a fresh HOME whose settings.json holds `entry`. */
async function runQwen(entry: McpEntry, script: ScriptedModelScript) {
  const root = mkdtempSync(path.join(tmpdir(), "qwen-peer-"));
  const home = path.join(root, "home");
  const project = path.join(root, "project");
  mkdirSync(path.join(home, ".qwen"), { recursive: true });
  mkdirSync(project);
  writeFileSync(path.join(home, ".qwen", "settings.json"), JSON.stringify({ mcpServers: { everything: entry }, ...QUIET }));
  const model = await startScriptedModel(script);
  models.push(model);
  // Only what Qwen needs: no OPENAI_* or QWEN_* of the developer's leaks in to pick another model.
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    TMPDIR: root,
    QWEN_CODE_SUPPRESS_YOLO_WARNING: "1",
    NO_COLOR: "1",
  };
  const args = [QWEN, "--auth-type", "openai", "--openai-base-url", model.baseUrl, "--openai-api-key", "sk-peer"];
  const child = spawn(process.execPath, [...args, "-m", "scripted", "--yolo", "echo please"], {
    cwd: project,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise<number | null>((r) => child.once("exit", r));
  return { code, out, err, requests: model.requests.map((r) => r.body) };
}

const models: ScriptedModel[] = [];
afterAll(async () => {
  await Promise.all(models.map((m) => m.close()));
});

/** The everything server's tools as Qwen lists them to the model (it defers MCP tools behind tool_search). */
function toolsShown(body: unknown): string[] {
  const names = JSON.stringify(body).match(/mcp__everything__[A-Za-z0-9_-]+/g) ?? [];
  return [...new Set(names.map((n) => n.slice("mcp__everything__".length)))].sort();
}

type Frame = { method?: string; id?: unknown; params?: { name?: string; arguments?: unknown }; result?: unknown };
type SessionFile = { entries: Array<{ kind: string; dir?: string; message?: Frame }> };

describe("Qwen Code 0.24.4 as a host, headless, with a scripted model", () => {
  // Made by the fixtures stage; a file run alone installs it here (the same function).
  beforeAll(() => qwenPeer.ensure(), 300_000);

  it("calls the everything server's echo through the tap: the answer reaches the model, the file holds the frames, the tools are the same direct", async () => {
    const direct = await runQwen({ command: process.execPath, args: everything }, { turns: [{ text: "done", repeat: true }] });
    expect(direct.err).not.toMatch(/Error connecting to MCP server|MCP ERROR/);
    expect(direct.code).toBe(0);
    const directTools = toolsShown(direct.requests[0]);
    // Qwen declares roots, so the everything server offers it get-roots-list too (issue 90 point 8).
    expect(directTools).toContain("get-roots-list");
    expect(directTools).toContain("echo");

    const file = path.join(mkdtempSync(path.join(tmpdir(), "qwen-peer-tap-")), "qwen.mcp-session.json");
    const tapped = await runQwen(
      { command: process.execPath, args: [BIN, "tap", "--no-page", "--save-session", file, "--", process.execPath, ...everything] },
      {
        turns: [
          {
            when: "echo please",
            toolCalls: [{ name: "tool_call", args: { name: "mcp__everything__echo", arguments: { message: "through the tap" } } }],
          },
          { text: "done", repeat: true },
        ],
      },
    );
    expect(tapped.code).toBe(0);
    expect(tapped.out).toContain("done");
    expect(toolsShown(tapped.requests[0])).toEqual(directTools);

    // The host got the tool's answer: the model's next request carries it as the tool's result.
    const toolMessages = tapped.requests.flatMap((b) => b.messages.filter((m) => m.role === "tool"));
    expect(JSON.stringify(toolMessages)).toContain("Echo: through the tap");

    // The host quits; the tap saves as its server's stdin closes: wait for the file itself.
    await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
    const saved = JSON.parse(readFileSync(file, "utf8")) as SessionFile;
    const frames = saved.entries.filter((e) => e.kind === "message" && e.message);
    const sent = (method: string) => frames.find((e) => e.dir === "client->server" && e.message!.method === method)?.message;
    const answerTo = (req: Frame | undefined) =>
      frames.find((e) => e.dir === "server->client" && req && e.message!.id === req.id && "result" in e.message!)?.message;
    const init = sent("initialize");
    expect(init).toMatchObject({ params: { clientInfo: { name: expect.stringMatching(/qwen/i) }, capabilities: { roots: {} } } });
    expect(answerTo(init)).toBeDefined();
    const listed = answerTo(sent("tools/list"))?.result as { tools: Array<{ name: string }> };
    expect(listed.tools.map((t) => t.name).sort()).toEqual(directTools);
    const call = sent("tools/call");
    expect(call?.params).toMatchObject({ name: "echo", arguments: { message: "through the tap" } });
    expect(answerTo(call)?.result).toMatchObject({ content: [{ type: "text", text: "Echo: through the tap" }] });
  }, 120_000);
});

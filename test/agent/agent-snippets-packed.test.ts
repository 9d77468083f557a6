import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ROOT } from "../helpers/targets";
import { runCommandLine } from "../../server/commands/main";

// Issue 51.1/51.2: every way the docs, the skill and the inspector itself tell a person to add
// `inspector mcp` is run as written, from an empty folder, against the packed package. `npx
// inspector mcp` fetched an unrelated registry package called `inspector`; the package's own bin
// name cannot be anyone else's. Nothing is fetched here: the tarball is installed into a global
// prefix of the test's own (npx runs a global bin of that name before asking the registry), and
// the registry is pointed at a closed loopback port, so a command that would go out fails.

const AGENT_DOC = path.join(ROOT, "docs/agents.md");
const SKILL = path.join(ROOT, "skills/inspector/SKILL.md");
const EXPECTED = ["npx", "-y", "mcp-inspector-harness", "mcp"];

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  timeout = 120_000,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** Each command line a person is told to give their agent: [command, ...args]. */
async function snippets(): Promise<Array<{ where: string; argv: string[] }>> {
  const out: Array<{ where: string; argv: string[] }> = [];
  for (const file of [AGENT_DOC, SKILL]) {
    const text = readFileSync(file, "utf8");
    const where = path.relative(ROOT, file);
    for (const [, lang, body] of text.matchAll(/```(\w+)\n([\s\S]*?)```/g)) {
      if (lang === "sh")
        for (const line of body!.split("\n")) {
          const m = /^claude mcp add (?!.*--transport http)\S+ -- (.+)$/.exec(line);
          if (m) out.push({ where: `${where} sh`, argv: m[1]!.split(/\s+/) });
        }
      if (lang === "json") {
        const parsed = JSON.parse(body!) as Record<string, Record<string, { command?: string; args?: string[] }>>;
        const entry = (parsed.mcpServers ?? parsed.servers)?.inspector;
        if (entry?.command) out.push({ where: `${where} json`, argv: [entry.command, ...(entry.args ?? [])] });
      }
      if (lang === "toml") {
        const command = /^command = (".*")$/m.exec(body!)?.[1];
        const args = /^args = (\[.*\])$/m.exec(body!)?.[1];
        if (command)
          out.push({ where: `${where} toml`, argv: [JSON.parse(command) as string, ...(args ? (JSON.parse(args) as string[]) : [])] });
      }
    }
    for (const [, span] of text.matchAll(/`(npx [^`]*)`/g))
      if (/\bmcp$/.test(span!)) out.push({ where: `${where} text`, argv: span!.split(" ") });
  }
  // What the inspector itself prints: agent-help's block and inspector mcp --help.
  for (const argv of [["agent-help"], ["mcp", "--help"]]) {
    const lines: string[] = [];
    await runCommandLine(argv, {}, { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    for (const [, cmd] of lines.join("\n").matchAll(/claude mcp add \S+ -- (.+)$/gm))
      out.push({ where: `inspector ${argv.join(" ")}`, argv: cmd!.split(/\s+/) });
  }
  return out;
}

let dir: string;
let prefix: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/inspector.mjs"))) throw new Error("dist is not built: run `npm run build` first");
  dir = mkdtempSync(path.join(tmpdir(), "mih-agent-snippets-"));
  // npm pack reads dist/, which a build may be rewriting: under the build's lock where there is one (flock, Linux).
  const pack = ["npm", "pack", "--ignore-scripts", "--pack-destination", dir];
  const locked = existsSync("/usr/bin/flock") ? ["flock", "/tmp/inspector-build.lock", ...pack] : pack;
  const packed = await run(locked[0]!, locked.slice(1), ROOT, process.env, 900_000);
  expect(packed.code, packed.output).toBe(0);
  const tarball = path.join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".tgz"))!,
  );
  prefix = path.join(dir, "prefix");
  mkdirSync(prefix);
  env = {
    ...process.env,
    PATH: `${path.join(prefix, "bin")}${path.delimiter}${process.env.PATH ?? ""}`,
    npm_config_prefix: prefix,
    npm_config_registry: "http://127.0.0.1:9/",
    npm_config_update_notifier: "false",
  };
  const installed = await run("npm", ["install", "-g", tarball, "--offline", "--no-audit", "--no-fund"], dir, env);
  expect(installed.code, installed.output).toBe(0);
}, 960_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("every snippet names the package's own bin, never `npx inspector`", async () => {
  const all = await snippets();
  // Claude Code, Cursor/Desktop, VS Code, Codex, the skill, agent-help, mcp --help.
  expect(all.length).toBeGreaterThanOrEqual(7);
  for (const s of all) expect(s.argv, s.where).toEqual(EXPECTED);
  for (const file of [AGENT_DOC, SKILL]) expect(readFileSync(file, "utf8")).not.toMatch(/npx inspector\b/);
});

test("each snippet's command, run from an empty folder against the packed package, is inspector mcp", { timeout: 180_000 }, async () => {
  const unique = [...new Map((await snippets()).map((s) => [s.argv.join(" "), s])).values()];
  for (const s of unique) {
    const empty = mkdtempSync(path.join(dir, "empty-"));
    const client = new Client({ name: "snippet", version: "1.0.0" });
    const transport = new StdioClientTransport({
      command: s.argv[0]!,
      args: s.argv.slice(1),
      cwd: empty,
      env: env as Record<string, string>,
      stderr: "pipe",
    });
    let stderr = "";
    transport.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      await client.connect(transport);
      expect(client.getServerVersion()?.name, s.where).toBe("mcp-inspector");
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["connect", "call_tool", "status"]));
      const status = await client.callTool({ name: "status", arguments: {} });
      expect(status.isError, `${s.where}: ${stderr}`).toBeFalsy();
    } finally {
      await client.close();
    }
  }
});

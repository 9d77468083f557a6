import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigServers, HIDDEN_VALUE } from "../../server/bridge/config-servers";
import { maskingEngine, maskingRecord } from "../../server/bridge/masking-engine";
import { RecordStore } from "../../server/record/store";
import type { Entry, NewEntry } from "../../lib/record/format";
import { hostConfigPaths, hostOfPath } from "../../lib/target/host-paths";
import { ServerListSchema } from "../../lib/wire/servers";
import type { SessionState } from "../../lib/session/state";
import type { ConnectSpecInput } from "../../lib/target/target";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "config-servers-"));
  dirs.push(d);
  return d;
};

/** An engine that only keeps what it was asked to connect to (the list's own logic is under test, not the SDK). */
function fakeEngine() {
  let state: SessionState = { status: "idle" } as SessionState;
  const specs: ConnectSpecInput[] = [];
  const listeners = new Set<(s: SessionState) => void>();
  return {
    specs,
    listeners,
    getState: () => state,
    onState: (l: (s: SessionState) => void) => (listeners.add(l), () => listeners.delete(l)),
    connect: async (spec: ConnectSpecInput) => {
      specs.push(spec);
      state = { ...state, status: "connected", target: spec.target } as SessionState;
      for (const l of listeners) l(state);
      return state;
    },
  };
}

const SECRET = "sk-live-4f9a8b7c6d5e";

/** Kiro's file: Kiro honours `disabled` (Claude Desktop has no such key and starts the server). */
function configFile(dir: string): string {
  const file = path.join(dir, ".kiro", "settings", "mcp.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify({
      mcpServers: {
        one: { command: process.execPath, args: ["one.mjs"], env: { API_KEY: SECRET } },
        two: { type: "streamable-http", url: "http://127.0.0.1:9/mcp", headers: { Authorization: `Bearer ${SECRET}` } },
        off: { command: process.execPath, args: ["off.mjs"], disabled: true },
        missing: { command: "no-such-command-here-65" },
        unset: { command: process.execPath, env: { TOKEN: "${NO_SUCH_VARIABLE_65}" } },
      },
    }),
  );
  return file;
}

describe("the page's server list (server/bridge/config-servers.ts)", () => {
  it("lists every server of --config with host and file, names but never values of env and headers, and why one cannot start", () => {
    const dir = tmp();
    const file = configFile(dir);
    const list = new ConfigServers(fakeEngine(), { configFile: file, env: { PATH: process.env.PATH } }).list();
    expect(ServerListSchema.parse(list)).toEqual(list);
    expect(JSON.stringify(list)).not.toContain(SECRET);
    expect(list.source).toBe("config");
    const by = Object.fromEntries(list.servers.map((s) => [s.name, s]));
    expect(Object.keys(by)).toEqual(["one", "two", "off", "missing", "unset"]);
    expect(by.one).toMatchObject({ host: "kiro", file, transport: "stdio", envNames: ["API_KEY"], enabled: true });
    expect(by.one.problem).toBeUndefined();
    expect(by.two).toMatchObject({
      transport: "http",
      headerNames: ["Authorization"],
      summary: "http://127.0.0.1:9/mcp (Streamable HTTP)",
    });
    expect(by.off).toMatchObject({ enabled: false, skipped: "disabled: true (the host does not start it)" });
    expect(by.missing.problem).toBe("command not found: no-such-command-here-65 (not on PATH)");
    expect(by.unset.problem).toMatch(/environment variable NO_SUCH_VARIABLE_65 is not set/);
  });

  it("connects with the held secrets, refuses a disabled or broken one, and the page's state shows the values hidden", async () => {
    const dir = tmp();
    const engine = fakeEngine();
    const servers = new ConfigServers(engine, { configFile: configFile(dir), env: { PATH: process.env.PATH } });
    const key = (name: string) => servers.list().servers.find((s) => s.name === name)!.key;
    await expect(servers.connect(key("off"))).rejects.toThrow('"off" is not started: disabled: true (the host does not start it)');
    await expect(servers.connect(key("missing"))).rejects.toThrow(/cannot start: command not found/);
    expect(engine.specs).toEqual([]);

    const shown = (await servers.handle({ id: "1", type: "server-connect", key: key("one") })) as SessionState;
    expect(engine.specs[0].target).toMatchObject({ env: { API_KEY: SECRET } });
    expect(shown.target).toMatchObject({ env: { API_KEY: HIDDEN_VALUE } });
    expect(servers.list().current).toBe(key("one"));

    // The bridge's view of the engine: states hidden, and the form's connect with hidden values gets the real ones back.
    const page = maskingEngine(engine, servers);
    expect(JSON.stringify(page.getState())).not.toContain(SECRET);
    const seen: SessionState[] = [];
    page.onState((s) => seen.push(s));
    await page.connect({ target: (page.getState() as SessionState).target! });
    expect(engine.specs[1].target).toMatchObject({ env: { API_KEY: SECRET } });
    expect(JSON.stringify(seen)).not.toContain(SECRET);

    await servers.connect(key("two"));
    expect(engine.specs[2].target).toMatchObject({ headers: { Authorization: `Bearer ${SECRET}` } });
    expect(JSON.stringify(page.getState())).not.toContain(SECRET);
    expect(servers.list().current).toBe(key("two"));
  });

  it("a server the launcher connected (--config FILE --server NAME) is the list's current one, its values hidden", async () => {
    const dir = tmp();
    const engine = fakeEngine();
    const file = configFile(dir);
    await engine.connect({ target: { transport: "stdio", command: process.execPath, args: ["one.mjs"], env: { API_KEY: SECRET } } });
    const servers = new ConfigServers(engine, { configFile: file, env: { PATH: process.env.PATH } });
    expect(servers.list().current).toBe(`${file}#one`);
    expect(JSON.stringify(servers.masked(engine.getState()))).not.toContain(SECRET);
  });

  it("without --config: the host configurations found, the project's entry over the user's", () => {
    const home = tmp();
    const cwd = tmp();
    mkdirSync(path.join(home, ".cursor"));
    writeFileSync(
      path.join(home, ".cursor", "mcp.json"),
      JSON.stringify({ mcpServers: { a: { command: "user-a" }, b: { command: "user-b" } } }),
    );
    mkdirSync(path.join(cwd, ".cursor"));
    writeFileSync(path.join(cwd, ".cursor", "mcp.json"), JSON.stringify({ mcpServers: { a: { command: process.execPath } } }));
    writeFileSync(path.join(cwd, ".mcp.json"), "{ not json");
    const list = new ConfigServers(fakeEngine(), { env: { PATH: process.env.PATH }, home, cwd, platform: "linux" }).list();
    expect(list.source).toBe("found");
    expect(list.servers.map((s) => [s.host, s.name, s.scope])).toEqual([
      ["cursor", "a", "project"],
      ["cursor", "b", "user"],
    ]);
    const bad = list.files.find((f) => f.file === path.join(cwd, ".mcp.json"))!;
    expect(bad).toMatchObject({ found: true, host: "claude-code" });
    expect(bad.error).toMatch(/is not valid JSON/);
  });
});

describe("where each host keeps its configuration (lib/target/host-paths.ts)", () => {
  it("each host's user file, then its project's, per platform", () => {
    const mac = hostConfigPaths({ home: "/Users/ada", cwd: "/work/p", platform: "darwin" });
    expect(mac.map((p) => `${p.host} ${p.scope} ${p.file}`)).toEqual([
      "claude-desktop user /Users/ada/Library/Application Support/Claude/claude_desktop_config.json",
      "claude-code user /Users/ada/.claude.json",
      "claude-code project /work/p/.mcp.json",
      "cursor user /Users/ada/.cursor/mcp.json",
      "cursor project /work/p/.cursor/mcp.json",
      "vscode user /Users/ada/Library/Application Support/Code/User/mcp.json",
      "vscode project /work/p/.vscode/mcp.json",
      "kiro user /Users/ada/.kiro/settings/mcp.json",
      "kiro project /work/p/.kiro/settings/mcp.json",
      "kimi user /Users/ada/.kimi/mcp.json",
      "kimi user /Users/ada/.kimi-code/mcp.json",
      "kimi project /work/p/.kimi/mcp.json",
      "kimi project /work/p/.kimi-code/mcp.json",
      "gemini user /Users/ada/.gemini/settings.json",
      "gemini project /work/p/.gemini/settings.json",
      "codex user /Users/ada/.codex/config.toml",
      "codex project /work/p/.codex/config.toml",
      "opencode user /Users/ada/.config/opencode/opencode.json",
      "opencode user /Users/ada/.config/opencode/opencode.jsonc",
      "opencode project /work/p/opencode.json",
      "opencode project /work/p/opencode.jsonc",
      "copilot user /Users/ada/.copilot/mcp-config.json",
      "copilot project /work/p/.github/mcp.json",
      "cline user /Users/ada/.cline/data/settings/cline_mcp_settings.json",
      "cline user /Users/ada/Library/Application Support/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json",
      "qwen user /Users/ada/.qwen/settings.json",
      "qwen project /work/p/.qwen/settings.json",
    ]);
    const win = hostConfigPaths({ home: "C:\\Users\\ada", cwd: "C:\\p", platform: "win32", appData: "C:\\Users\\ada\\AppData\\Roaming" });
    expect(win[0].file).toBe("C:\\Users\\ada\\AppData\\Roaming\\Claude\\claude_desktop_config.json");
    const linux = hostConfigPaths({ home: "/home/ada", cwd: "/p", platform: "linux" });
    expect(linux.find((p) => p.host === "vscode" && p.scope === "user")!.file).toBe("/home/ada/.config/Code/User/mcp.json");
    for (const p of [...mac, ...win])
      expect(hostOfPath(p.file, p.file.startsWith("C:") ? "C:\\Users\\ada" : "/Users/ada")).toMatchObject({ host: p.host, scope: p.scope });
  });
});

// Issue 71 part 5: a value the file filled from the environment is a secret wherever it went.
describe("the page never sees a value filled from ${…}", () => {
  it("in an argument or a URL: hidden in the list and the state, and put back when the form connects unchanged", async () => {
    const dir = tmp();
    const file = path.join(dir, ".vscode", "mcp.json");
    mkdirSync(path.dirname(file));
    const FILLED = "filled-secret-71-abcdef";
    writeFileSync(
      file,
      JSON.stringify({
        servers: {
          arg: { type: "stdio", command: process.execPath, args: ["s.mjs", "--key=${env:H71_FILLED}"] },
          url: { type: "http", url: "http://127.0.0.1:9/mcp?k=${env:H71_FILLED}" },
        },
      }),
    );
    const engine = fakeEngine();
    const servers = new ConfigServers(engine, { configFile: file, env: { PATH: process.env.PATH, H71_FILLED: FILLED } });
    const list = servers.list();
    expect(JSON.stringify(list)).not.toContain(FILLED);
    expect(list.servers.map((s) => s.summary)).toEqual([
      `${process.execPath} s.mjs --key=••••`,
      "http://127.0.0.1:9/mcp?k=•••• (Streamable HTTP)",
    ]);
    const page = maskingEngine(engine, servers);
    await servers.connect(list.servers[0].key);
    const shown = page.getState() as SessionState;
    expect(JSON.stringify(shown)).not.toContain(FILLED);
    await page.connect({ target: shown.target! });
    expect(engine.specs[1].target).toMatchObject({ args: ["s.mjs", `--key=${FILLED}`] });
    await servers.connect(list.servers[1].key);
    expect(JSON.stringify(page.getState())).not.toContain(FILLED);
    await page.connect({ target: (page.getState() as SessionState).target! });
    expect(engine.specs[3].target).toMatchObject({ url: `http://127.0.0.1:9/mcp?k=${FILLED}` });
  });
});

// Issue 71 part 5: the page's record too. A server started from the entry echoes the filled value
// (its stderr, an answer): the page is sent it masked, as the state; the record keeps what crossed.
describe("the page's record never shows a value filled from ${…}", () => {
  it("in a stderr line or an echoed result, in every entry the bridge reads (since, get, news of a new one)", async () => {
    const dir = tmp();
    const file = path.join(dir, ".vscode", "mcp.json");
    mkdirSync(path.dirname(file));
    const FILLED = "filled-secret-71-record";
    writeFileSync(
      file,
      JSON.stringify({ servers: { arg: { type: "stdio", command: process.execPath, args: ["--key=${env:H71_FILLED}"] } } }),
    );
    const engine = fakeEngine();
    const servers = new ConfigServers(engine, { configFile: file, env: { PATH: process.env.PATH, H71_FILLED: FILLED } });
    const record = new RecordStore();
    const page = maskingRecord(record, servers);
    const before = record.append({ kind: "stderr", text: `no server yet ${FILLED}` });
    // Nothing filled was connected: entries go as they are (the same object, no walk).
    expect(page.get(before.seq)).toBe(before);
    await servers.connect(servers.list().servers[0].key);
    const news: Entry[] = [];
    page.subscribe((e) => news.push(e));
    record.append({ kind: "stderr", text: `starting with key ${FILLED}\n` });
    record.append({
      kind: "message",
      dir: "server->client",
      message: { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: `echo: ${JSON.stringify({ key: FILLED })}` }] } },
      size: 1,
    } as NewEntry);
    const shown = JSON.stringify([page.since(0), news, page.get(record.lastSeq)]);
    expect(shown).not.toContain(FILLED);
    expect(shown).toContain("starting with key ••••");
    // The record itself keeps what crossed (the page's export is made from what the page was sent).
    expect(JSON.stringify(record.since(0))).toContain(FILLED);
  });
});

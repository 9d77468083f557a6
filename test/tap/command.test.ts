import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseCommandLine, runCommandLine } from "../../server/commands/main";
import { printConfig } from "../../server/commands/tap/print-config";
import type { TapArgs } from "../../server/commands/tap/args";
import { HOSTS, hostEntry } from "../../lib/target/host-entry";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { ROOT } from "../helpers/targets";

/** What a printed entry runs: this install's own bin (never an unpinned `npx -y` of a name anyone may publish). */
const BIN = path.join(ROOT, "bin", "inspector.mjs");
const parse = (argv: string[]) => parseCommandLine(argv).args as unknown as TapArgs;
const fails = (argv: string[]) => () => parseCommandLine(argv);

describe("inspector tap's command line", () => {
  it("takes the server's command after --, its own flags before", () => {
    const a = parse(["tap", "--save-session", "s.json", "--watch", "src", "--watch", "lib", "--", "node", "server.js", "--stdio"]);
    expect(a).toMatchObject({ command: "node", args: ["server.js", "--stdio"], saveSession: "s.json", watch: ["src", "lib"] });
    expect(parse(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--listen", "0", "--bearer-env", "TOKEN"])).toMatchObject({
      serverUrl: "http://127.0.0.1:9/mcp",
      listen: 0,
      bearerEnv: "TOKEN",
    });
  });

  // Issue 90 item 2: the time a restarted server gets to answer the host's initialize can be set.
  it("--restart-timeout MS sets the restart's limit (stdio), and print-config keeps it", async () => {
    expect(parse(["tap", "--restart-timeout", "30000", "--", "node", "server.js"])).toMatchObject({ restartTimeout: 30000 });
    expect(fails(["tap", "--restart-timeout", "soon", "--", "node", "s.js"])).toThrow(/--restart-timeout must be a number of milliseconds/);
    expect(fails(["tap", "--restart-timeout", "0", "--", "node", "s.js"])).toThrow(/--restart-timeout must be more than 0 ms/);
    expect(fails(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--restart-timeout", "5000"])).toThrow(
      /--restart-timeout with --server-url is for --listen/,
    );
    // With --listen the HTTP tap follows a restart: its limit is set the same way (test/tap/http-restart-timeout.test.ts).
    expect(parse(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--listen", "0", "--restart-timeout", "5000"])).toMatchObject({
      restartTimeout: 5000,
    });
    const out: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: () => undefined };
    printConfig(parse(["tap", "--print-config", "cursor", "w", "--restart-timeout", "30000", "--", "node", "/srv/s.js"]), io);
    expect(JSON.parse(out.join("")).mcpServers.w.args).toEqual([BIN, "tap", "--restart-timeout", "30000", "--", "node", "/srv/s.js"]);
    let help = "";
    await runCommandLine(["tap", "--help"], {}, { out: (t: string) => void (help += t), err: () => undefined });
    expect(help).toMatch(/--restart-timeout MS\s+how long a restarted server gets to answer the host's initialize/);
  });

  // Issue 90 point 6: `qwen mcp add NAME node inspector.mjs tap -- server --port 21050 --save-session X`
  // was stored without the `--`; the tap took --port and --save-session as its own, the server
  // started with no arguments and the tap wrote X itself, silently.
  it("takes the command without -- too: after it, every word is the server's, a tap flag too, and the tap says so", async () => {
    expect(parse(["tap", "--watch", "src", "node", "server.js", "--stdio", "--watch", "x"])).toMatchObject({
      command: "node",
      args: ["server.js", "--stdio", "--watch", "x"],
      watch: ["src"],
    });
    const a = parse(["tap", "server", "--port", "21050", "--save-session", "X"]);
    expect(a).toMatchObject({ command: "server", args: ["--port", "21050", "--save-session", "X"] });
    expect(a.saveSession).toBeUndefined();
    expect(a.port).toBeUndefined();
    expect(parse(["tap", "--", "node", "server.js", "--watch", "x"])).toMatchObject({ args: ["server.js", "--watch", "x"], watch: [] });
    // A `--` after the command is the server's word too.
    expect(parse(["tap", "node", "server.js", "--", "--watch"])).toMatchObject({ args: ["server.js", "--", "--watch"], watch: [] });
    // --print-config's NAME comes before the command: a tap flag between them is still the tap's.
    expect(parse(["tap", "--print-config", "cursor", "w", "--save-session", "/s.json", "node", "/srv/s.js", "--port", "1"])).toMatchObject({
      saveSession: "/s.json",
      command: "node",
      args: ["/srv/s.js", "--port", "1"],
    });
    // The tap says, on stderr, which of its flags went to the server: without `--` it would have read them.
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
    await runCommandLine(["tap", "--print-config", "cursor", "w", "--", "node", "/srv/s.js", "--port", "1"], {}, io);
    expect(err.join("")).not.toMatch(/came after/);
    err.length = out.length = 0;
    await runCommandLine(
      ["tap", "--print-config", "cursor", "w", "node", "/srv/s.js", "--port", "1", "--save-session", "X", "--stdio"],
      {},
      io,
    );
    expect(err.join("")).toMatch(
      /^mcp-inspector-harness tap: --port, --save-session came after the server's command, so they go to the server, not the tap/,
    );
    expect(JSON.parse(out.join("")).mcpServers.w.args).toEqual([
      BIN,
      "tap",
      "--",
      "node",
      "/srv/s.js",
      "--port",
      "1",
      "--save-session",
      "X",
      "--stdio",
    ]);
  });

  it("says what is missing or wrong", () => {
    expect(fails(["tap"])).toThrow("tap needs the server's command after --, or --server-url URL");
    expect(fails(["tap", "--listen", "3000", "--", "node", "s.js"])).toThrow(/--listen serves a --server-url/);
    expect(fails(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--", "node", "s.js"])).toThrow("not both");
    expect(fails(["tap", "--print-config", "cursor"])).toThrow(/--print-config needs HOST and NAME/);
    // A tap flag after the command went to the server: the message says where it belongs.
    expect(fails(["tap", "--listen", "3000", "node", "s.js", "--server-url", "http://127.0.0.1:9/mcp"])).toThrow(
      /--listen serves a --server-url.* \(--server-url, after the command, went to the server: put it before the command\)/,
    );
  });

  it("--print-config prints each host's entry on stdout, JSON alone, and writes no file", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
    const a = parse(["tap", "--print-config", "vscode", "weather", "--save-session", "w.json", "--", "node", "/srv/weather.js"]);
    expect(printConfig(a, io)).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual({
      servers: {
        weather: {
          type: "stdio",
          command: process.execPath,
          args: [BIN, "tap", "--save-session", "w.json", "--", "node", "/srv/weather.js"],
        },
      },
    });
    expect(err.join("")).toMatch(/^warning: "w\.json" is a relative path.*\nMerge this into \.vscode\/mcp\.json/);
    expect(() => printConfig(parse(["tap", "--print-config", "emacs", "w", "--", "node", "s.js"]), io)).toThrow(
      `--print-config: unknown host "emacs"; one of: ${HOSTS.join(", ")}`,
    );
  });

  // Issue 65: `claude mcp add -x -- npx …` read the name -x as an option of its own ("unknown option '-x'").
  it("--print-config claude-code with a NAME that starts with -: the `claude mcp add` line puts -- before it, so it is read as the name", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
    // A name that starts with - comes after the tap's own --; before it, it is an unknown flag.
    expect(fails(["tap", "--print-config", "claude-code", "-x", "--", "node", "s.js"])).toThrow(/unknown flag -x/);
    const code = await runCommandLine(["tap", "--print-config", "claude-code", "--", "-x", "node", "/srv/s.js"], {}, io);
    expect(code).toBe(0);
    const line = /or run: (.*)\n$/.exec(err.join(""))![1];
    expect(line).toBe(`claude mcp add -- -x ${process.execPath} ${BIN} tap -- node /srv/s.js`);
    // As a shell reads it: after `claude mcp add --`, the name first, then the command and its words.
    const words = execFileSync("sh", ["-c", `set -- ${line}; for w in "$@"; do printf '%s\\0' "$w"; done`], { encoding: "utf8" });
    const [, , , dashes, name, command, ...rest] = words.split("\0").slice(0, -1);
    expect({ dashes, name, command, rest }).toEqual({
      dashes: "--",
      name: "-x",
      command: process.execPath,
      rest: [BIN, "tap", "--", "node", "/srv/s.js"],
    });
    expect(JSON.parse(out.join(""))).toEqual({ mcpServers: { "-x": { type: "stdio", command: process.execPath, args: rest } } });
    // A usual name keeps the documented form, and an empty one is refused.
    expect(hostEntry("claude-code", "weather", "npx", ["-y", "pkg"]).command).toBe("claude mcp add weather -- npx -y pkg");
    expect(() => printConfig(parse(["tap", "--print-config", "cursor", "", "--", "node", "s.js"]), io)).toThrow(
      /--print-config: NAME is empty/,
    );
  });

  it("each host's own key and fields", () => {
    const keys = Object.fromEntries(HOSTS.map((h) => [h, Object.keys(hostEntry(h, "s", "npx", ["x"]).json)[0]]));
    expect(keys).toEqual({
      "claude-desktop": "mcpServers",
      "claude-code": "mcpServers",
      cursor: "mcpServers",
      vscode: "servers",
      kiro: "mcpServers",
      kimi: "mcpServers",
      gemini: "mcpServers",
      codex: "mcp_servers",
      opencode: "mcp",
      copilot: "mcpServers",
      cline: "mcpServers",
      qwen: "mcpServers",
    });
    expect(hostEntry("claude-code", "my server", "npx", ["-y", "pkg"]).command).toBe("claude mcp add 'my server' -- npx -y pkg");
    expect(hostEntry("kiro", "s", "npx", []).json).toEqual({ mcpServers: { s: { command: "npx", args: [], disabled: false } } });
    expect(hostEntry("kimi", "s", "npx", []).json).toEqual({ mcpServers: { s: { command: "npx", args: [], enabled: true } } });
  });

  // Issue 71 part 6: pinned, valid JSON (TOML for Codex) for any text, and warnings before the entry.
  it("--print-config for every host: what runs is this node and this bin by absolute path, valid JSON or TOML whatever the name holds", async () => {
    const name = "we\u202eird\u0007name";
    for (const host of HOSTS) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCommandLine(
        ["tap", "--print-config", host, name, "--", "node", "/srv/s.js"],
        {},
        {
          out: (t) => void out.push(t),
          err: (t) => void err.push(t),
        },
      );
      expect(code, host).toBe(0);
      const text = out.join("");
      // No raw control or bidi character, and no `\u{202E}` (not JSON, not TOML): escapes of the format itself.
      expect(text, host).not.toMatch(/[\u202e\u0007]|\\u\{/);
      const parsed = (host === "codex" ? parseToml(text) : JSON.parse(text)) as Record<
        string,
        Record<string, { command: string | string[]; args: string[] }>
      >;
      const entry = Object.values(parsed)[0][name];
      // opencode keeps the command and its arguments in one array.
      if (host === "opencode") expect(entry.command).toEqual([process.execPath, BIN, "tap", "--", "node", "/srv/s.js"]);
      else expect(entry, host).toMatchObject({ command: process.execPath, args: [BIN, "tap", "--", "node", "/srv/s.js"] });
    }
  });

  it("--print-config warns first about a name the host refuses and a relative path; Codex prints [mcp_servers.NAME] and its `codex mcp add` line", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
    await runCommandLine(["tap", "--print-config", "claude-code", "my server", "--", "node", "./server.js"], {}, io);
    expect(err.join("")).toMatch(
      new RegExp(
        '^warning: claude-code refuses the name "my server": letters, digits, - and _ only \\(for example my-server\\)\n' +
          'warning: "\\./server\\.js" is a relative path, and the host starts the tap in a working folder of its own: give "/.+/server\\.js"\n' +
          "Merge this into",
      ),
    );
    out.length = err.length = 0;
    await runCommandLine(["tap", "--print-config", "codex", "weather", "--", "node", "/srv/w.js"], {}, io);
    expect(out.join("")).toMatch(/^\[mcp_servers\.weather\]\ncommand = /);
    expect(err.join("")).toBe(
      `Merge this into ~/.codex/config.toml (or .codex/config.toml in a trusted project), or run: codex mcp add weather -- ${process.execPath} ${BIN} tap -- node /srv/w.js\n`,
    );
    out.length = err.length = 0;
    await runCommandLine(["tap", "--print-config", "cursor", "weather", "--", "node", "/srv/w.js"], {}, io);
    expect(err.join("")).not.toMatch(/warning/);
  });
});

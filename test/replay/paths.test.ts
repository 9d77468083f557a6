import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildSession } from "../../lib/session/file";
import { runCommandLine } from "../../server/commands/main";
import { FIXTURES } from "../helpers/targets";
import { replayCli, tempDir } from "./helpers";

const stdio = (command: string, args: string[], cwd?: string) => ({ transport: "stdio" as const, command, args, cwd, env: {} });
const built = (target: ReturnType<typeof stdio>, recordedFrom?: string) =>
  buildSession({
    inspectorVersion: "t",
    target,
    recordedFrom,
    capabilities: { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false },
    entries: [],
  }).target;

// Issue 36 item 6: a recording made in /home/me/proj replays in CI's checkout of proj.
describe("replay: the server's paths relative to the recording's directory", () => {
  test("paths inside the directory the recording was made in are stored relative; others as they were", () => {
    expect(built(stdio("/usr/bin/node", ["/home/me/proj/dist/index.js", "--port", "/etc/x"]), "/home/me/proj")).toEqual({
      transport: "stdio",
      command: "/usr/bin/node",
      args: ["dist/index.js", "--port", "/etc/x"],
      envNames: [],
    });
    expect(built(stdio("/home/me/proj/bin/server", []), "/home/me/proj")).toMatchObject({ command: "./bin/server" });
    expect(built(stdio("node", ["/home/me/proj/sub/a.js"], "/home/me/proj/sub"), "/home/me/proj")).toMatchObject({
      args: ["a.js"],
      cwd: "sub",
    });
    expect(built(stdio("node", ["/home/me/project2/a.js"], "/elsewhere"), "/home/me/proj")).toMatchObject({
      args: ["/home/me/project2/a.js"],
      cwd: "/elsewhere",
    });
    expect(built(stdio("node", ["/home/me/proj/a.js"]))).toMatchObject({ args: ["/home/me/proj/a.js"] });
  });

  test("--cli --save-session stores the fixture relative to here, and replay runs it here, saying which directory", async () => {
    const file = path.join(tempDir(), "rel.mcp-session.json");
    const server = path.join(FIXTURES, "replay-server.mjs");
    const io = { out: () => undefined, err: () => undefined };
    const code = await runCommandLine(["--cli", "--method", "tools/list", "--save-session", file, process.execPath, server], {}, io);
    expect(code).toBe(0);
    const stored = path.relative(process.cwd(), server);
    expect(JSON.parse(readFileSync(file, "utf8")).target).toMatchObject({ command: process.execPath, args: [stored] });
    const r = await replayCli([file, "--yes"]);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.err).toContain(`  arg 1:  ${stored}\n  in:      ${process.cwd()} (the directory replay runs in)`);
  });
});

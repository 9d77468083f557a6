import http from "node:http";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { alive, runLauncher, type LauncherRun } from "./helpers/launcher";
import { commandLines, descendants, killIfAlive, startTime } from "./helpers/proc";
import { EVERYTHING, FIXTURES, ROOT, waitFor } from "./helpers/targets";
import { startEverythingHttp } from "./helpers/http-everything";

const runs: LauncherRun[] = [];
const stops: Array<() => unknown> = [];
afterEach(async () => {
  for (const r of runs.splice(0)) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
  for (const s of stops.splice(0)) await s();
});
const launch = (args: string[], env: Record<string, string> = {}) => {
  const r = runLauncher(["--no-open", "--port", "0", ...args], env);
  runs.push(r);
  return r;
};
const tmp = () => mkdtempSync(path.join(tmpdir(), "launcher-"));
/** The page is served before the target connects: wait for the launcher's "Connected to" line. */
const connectedLine = (r: LauncherRun) => waitFor(() => /Connected to .*/.exec(r.stdout())?.[0], 20_000, "Connected to");

async function failsWith(r: LauncherRun, code: number, message: RegExp) {
  const exit = await r.exited;
  expect(exit.code, r.stderr()).toBe(code);
  expect(r.stderr()).toMatch(message);
  expect(r.stdout()).not.toMatch(/is up at/);
}

describe("the launcher starts and connects", () => {
  test("--demo: connects to the bundled everything server and prints a one-time page link, and the token on its own line", async () => {
    const r = launch(["--demo"]);
    const url = await r.ready;
    // Issue 38 item 12: the printed URL holds a launch code, never the token (a browser keeps every URL it opens).
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]{22}#launch=[\w-]{32}$/);
    expect(r.token()).toMatch(/^[0-9a-f]{64}$/);
    expect(url).not.toContain(r.token());
    expect(await connectedLine(r)).toMatch(/Connected to mcp-servers\/everything .*\(protocol 2025-11-25\)/);
    const token = r.token();
    const health = await fetch(new URL("/api/health", url), { headers: { Authorization: `Bearer ${token}` } });
    expect(await health.json()).toMatchObject({ ok: true, status: "connected" });
  });

  test("INSPECTOR_TOKEN fixes the token", async () => {
    const r = launch(["--demo"], { INSPECTOR_TOKEN: "my-fixed-token" });
    expect(await r.ready).not.toContain("my-fixed-token");
    expect(r.token()).toBe("my-fixed-token");
  });

  test("--config with ${VAR} expansion and --server", async () => {
    const dir = tmp();
    const file = path.join(dir, "mcp.json");
    writeFileSync(
      file,
      JSON.stringify({
        mcpServers: { other: { command: "nope" }, everything: { command: "${NODE_BIN}", args: ["${EVERYTHING_JS}", "stdio"] } },
      }),
    );
    const r = launch(["--config", file, "--server", "everything"], { NODE_BIN: process.execPath, EVERYTHING_JS: EVERYTHING });
    await r.ready;
    expect(await connectedLine(r)).toMatch(/Connected to mcp-servers\/everything/);
  });

  test("--registry with a remote whose header comes from the environment", async () => {
    const server = await startEverythingHttp("streamableHttp");
    stops.push(() => server.stop());
    const dir = tmp();
    const file = path.join(dir, "server.json");
    const url = new URL(server.url);
    writeFileSync(
      file,
      JSON.stringify({
        name: "io.test/everything",
        remotes: [
          {
            type: "streamable-http",
            url: `http://127.0.0.1:{EVERYTHING_PORT}${url.pathname}`,
            headers: [{ name: "Authorization", value: "Bearer {API_TOKEN}" }],
          },
        ],
      }),
    );
    const r = launch(["--registry", file], { EVERYTHING_PORT: url.port, API_TOKEN: "t" });
    await r.ready;
    expect(await connectedLine(r)).toMatch(
      /Connected to mcp-servers\/everything .* via http:\/\/127\.0\.0\.1:\d+\/mcp \(Streamable HTTP\)/,
    );
  });

  test("the page is served before the target is connected: the URL comes at once, the connection follows (a slow server does not hold the page back)", async () => {
    // A server that never answers initialize.
    const r = launch(["--", process.execPath, "-e", "setInterval(() => {}, 1000)"]);
    const url = await r.ready;
    const token = r.token();
    const page = await fetch(new URL("/", url));
    expect(page.status).toBe(200);
    const state = (await (await fetch(new URL("/api/state", url), { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      status: string;
    };
    // The page is up while the connection is still being made.
    expect(state.status).toBe("connecting");
  });

  test("no target: the page's form will choose one", async () => {
    const r = launch([]);
    await r.ready;
    expect(r.stdout()).not.toMatch(/Connected/);
  });
});

describe("bad input: one clear line and a non-zero exit", () => {
  test("unknown flag", async () => failsWith(launch(["--bogus"]), 2, /^inspector: unknown flag --bogus \(see --help\)\n$/));
  test("missing config file", async () =>
    failsWith(
      launch(["--config", "/nonexistent/mcp.json"]),
      2,
      /^inspector: --config: cannot read \/nonexistent\/mcp\.json: no such file\n$/,
    ));
  test("server name not in the file", async () => {
    const file = path.join(tmp(), "mcp.json");
    writeFileSync(file, JSON.stringify({ mcpServers: { a: { command: "x" } } }));
    await failsWith(launch(["--config", file, "--server", "b"]), 2, /server "b" is not in .*mcp\.json \(it has: a\)/);
  });
});

describe("a target that fails to connect: the page stays up and shows why (the command can be fixed there)", () => {
  /** The launcher is up; its state says the connection failed, with the error the page shows. */
  async function upButFailed(r: LauncherRun) {
    const url = await r.ready;
    const token = r.token();
    await waitFor(
      () => /The page stays up and shows this: fix the command there and connect again/.test(r.stderr()),
      20_000,
      "the failure on stderr",
    );
    const state = (await (await fetch(new URL("/api/state", url), { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      status: string;
      error?: { kind: string; message: string; exitCode?: number; stderrTail: string[] };
    };
    expect(state.status).toBe("failed");
    return state.error!;
  }
  test("command not found", async () => {
    const r = launch(["definitely-not-a-command-xyz"]);
    expect(await upButFailed(r)).toMatchObject({ kind: "command-not-found" });
    expect(r.stderr()).toMatch(
      /^inspector: could not connect to definitely-not-a-command-xyz: command not found: definitely-not-a-command-xyz\n/,
    );
  });
  test("target exits during start-up: its exit status and every stderr line it printed, on the terminal and in the page's state", async () => {
    const script =
      "console.error('Error: Cannot find module ./missing.js'); console.error('    at load (node:internal)'); console.error('FATAL: DATABASE_URL is not set'); process.exit(7)";
    const r = launch(["--", process.execPath, "-e", script]);
    const error = await upButFailed(r);
    expect(error).toMatchObject({ kind: "exited", exitCode: 7 });
    expect(error.stderrTail).toEqual(expect.arrayContaining(["Error: Cannot find module ./missing.js", "FATAL: DATABASE_URL is not set"]));
    expect(r.stderr()).toMatch(/exit status: code 7\n/);
    expect(r.stderr()).toMatch(/stderr: Error: Cannot find module \.\/missing\.js\n/);
    expect(r.stderr()).toMatch(/stderr: FATAL: DATABASE_URL is not set\n/);
  });
  test.each([401, 404])("HTTP %i from a URL target", async (status) => {
    const server = http.createServer((_req, res) => res.writeHead(status).end());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    stops.push(() => new Promise((r) => server.close(r)));
    const port = (server.address() as import("node:net").AddressInfo).port;
    const r = launch(["--server-url", `http://127.0.0.1:${port}/mcp`]);
    expect((await upButFailed(r)).message).toMatch(
      new RegExp(`^HTTP ${status} (Unauthorized|Not Found) from http://127\\.0\\.0\\.1:${port}/mcp`),
    );
  });
});

describe("bad input that stops the launcher", () => {
  test("port in use", async () => {
    const first = launch([]);
    const port = new URL(await first.ready).port;
    const r = runLauncher(["--no-open", "--port", port]);
    runs.push(r);
    await failsWith(r, 1, new RegExp(`port ${port} is in use`));
  });
});

describe("stopping", () => {
  test.each(["SIGTERM", "SIGINT"] as const)("%s stops the target and its children: no orphans", async (signal) => {
    const pidfile = path.join(tmp(), "pids");
    const r = launch(["-e", `PIDFILE=${pidfile}`, process.execPath, path.join(FIXTURES, "with-grandchild.mjs")]);
    await r.ready;
    await waitFor(() => existsSync(pidfile) && readFileSync(pidfile, "utf8").includes(" "), 5000, "pid file");
    const [serverPid, childPid] = readFileSync(pidfile, "utf8").split(" ").map(Number);
    expect(alive(serverPid) && alive(childPid)).toBe(true);
    r.child.kill(signal);
    expect((await r.exited).code).toBe(0);
    await waitFor(() => !alive(serverPid) && !alive(childPid), 5000, "target and its child gone");
  });
});

describe("npm start", () => {
  // A process manager (or a CI step's timeout) stops `npm start` by signalling npm. npm passes the
  // signal to the script's shell; a shell that did not exec the launcher died and left it running.
  test("SIGTERM to npm ends the launcher and the demo server it spawned", async () => {
    const npm = spawn("npm", ["start", "--", "--port", "0", "--no-open"], {
      cwd: ROOT,
      env: { ...process.env, INSPECTOR_BROWSER: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    npm.stdout!.on("data", (d) => (out += d));
    npm.stderr!.on("data", (d) => (out += d));
    // Each process as pid and start time: a pid alone may be reused by the time it is looked at again.
    let below: { pid: number; start?: string }[] = [];
    const ours = (p: { pid: number; start?: string }) => alive(p.pid) && startTime(p.pid) === p.start;
    try {
      await waitFor(() => /Connected to mcp-servers\/everything/.test(out), 60_000, "Connected to");
      below = descendants(npm.pid!).map((pid) => ({ pid, start: startTime(pid) }));
      expect(below.length, out).toBeGreaterThanOrEqual(2); // the launcher and the demo server, at least
      npm.kill("SIGTERM");
      await waitFor(() => !below.some(ours), 8000, "every process of npm start to end").catch((e: Error) => {
        const left = below.filter(ours).map(({ pid }) => `${pid}: ${commandLines(pid)[0]?.line ?? "gone"}`);
        throw new Error(`${e.message}; still running: ${left.join("; ")}; npm start said: ${out.slice(-800)}`);
      });
    } finally {
      // A launcher left behind was re-parented away from npm: kill what was found, not what is below now.
      // One may end between the look and the kill (killing the launcher ends its target): that is
      // no failure, and a throw here would hide the one that brought us here (CI, stop 98).
      for (const { pid } of below.filter(ours)) killIfAlive(pid);
      for (const pid of descendants(npm.pid!)) killIfAlive(pid);
      npm.kill("SIGKILL");
    }
  });
});

describe("kill -9", () => {
  test("a launcher killed with SIGKILL takes the target and its children with it (no handler runs: the group reaper does it)", async () => {
    const pidfile = path.join(tmp(), "pids");
    const r = launch(["-e", `PIDFILE=${pidfile}`, process.execPath, path.join(FIXTURES, "with-grandchild.mjs")]);
    await r.ready;
    await waitFor(() => existsSync(pidfile) && readFileSync(pidfile, "utf8").includes(" "), 5000, "pid file");
    const [serverPid, childPid] = readFileSync(pidfile, "utf8").split(" ").map(Number);
    expect(alive(serverPid) && alive(childPid)).toBe(true);
    r.child.kill("SIGKILL");
    await r.exited;
    // Seen once in a whole run (not reproduced alone, nor under two busy loops): the message says
    // what each process was then (its /proc state and parent), and whether any reaper still ran.
    const read = (file: string) => {
      try {
        return readFileSync(file, "utf8");
      } catch {
        return undefined; // gone meanwhile
      }
    };
    const state = (pid: number) =>
      read(`/proc/${pid}/stat`)
        ?.replace(/^\d+ \(.*?\) /, "")
        .split(" ")
        .slice(0, 3)
        .join(" ") ?? "gone";
    await waitFor(() => !alive(serverPid) && !alive(childPid), 8000, "target and its child gone after kill -9").catch((e: Error) => {
      const reapers = readdirSync("/proc")
        .filter((d) => /^\d+$/.test(d))
        .map((d) => [d, read(`/proc/${d}/cmdline`)?.split("\0") ?? []] as const)
        .filter(([, argv]) => argv[2]?.includes("while read -r op g"))
        .map(([d]) => `${d} (${state(Number(d))})`);
      throw new Error(
        `${e.message}: server ${serverPid} (state ppid pgid: ${state(serverPid)}), child ${childPid} (${state(childPid)}); ` +
          `every reaper on the machine: ${reapers.join(", ") || "none"}; the launcher said: ${r.stdout().slice(-600)} ${r.stderr().slice(-600)}`,
      );
    });
  });
});

describe("--open a shared session", () => {
  test("a session file is shown, nothing is spawned, the page gets it with the token", async () => {
    const { demoSession } = await import("./helpers/sessions");
    const { everythingStdio } = await import("./helpers/targets");
    const { encodeSessionLink } = await import("../lib/session/share-link");
    const session = await demoSession(everythingStdio());
    const file = path.join(tmp(), "bug.mcp-session.json");
    writeFileSync(file, JSON.stringify(session));
    for (const arg of [file, (await encodeSessionLink(session, "http://localhost:6274/")).url]) {
      const r = launch(["--open", arg]);
      const url = await r.ready;
      expect(url).toMatch(/\/\?r=[\w-]{22}&session=opened#launch=[\w-]{32}$/);
      const token = r.token();
      const opened = await (await fetch(new URL("/api/opened-session", url), { headers: { Authorization: `Bearer ${token}` } })).json();
      expect(opened.entries.length).toBe(session.entries.length);
      const state = await (await fetch(new URL("/api/state", url), { headers: { Authorization: `Bearer ${token}` } })).json();
      expect(state.status).toBe("idle");
      const record = await (await fetch(new URL("/api/record", url), { headers: { Authorization: `Bearer ${token}` } })).json();
      expect(record.entries).toEqual([]);
      r.child.kill("SIGTERM");
      await r.exited;
    }
  });
  test("a damaged link or a wrong file: a clear line, exit 2", async () => {
    await failsWith(launch(["--open", "http://localhost:6274/#session=v1.AAAA"]), 2, /^inspector: --open: this link is damaged/);
    await failsWith(
      launch(["--open", "/nonexistent.mcp-session.json"]),
      2,
      /^inspector: --open: cannot read \/nonexistent\.mcp-session\.json: no such file/,
    );
  });
});

// The user's project the docs test runs every block in: the package packed (`npm pack`, from the
// dist/ that `npm test` built, under the build lock) and installed once from its tarball into a
// temp folder, as test/test-library/examples-tarball.test.ts does; the test runners and the SDK a
// user's project brings linked from this repository's node_modules (nothing is fetched).
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { EVERYTHING, ROOT } from "../helpers/targets";

/** What a user's project brings itself (linked, never fetched). */
const LINKED = [
  "vitest",
  "jest",
  "@jest/globals",
  "jest-environment-node",
  "@playwright/test",
  "typescript",
  "@types/node",
  "@modelcontextprotocol/sdk",
  "@modelcontextprotocol/server-memory",
  "zod",
];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a command to its end (never throws), its stdin closed: a command that reads it (mock on stdio) sees its end. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => {
      stderr += `\n(stopped after ${timeout} ms)`;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeout);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** This process's environment without what would make a child runner think it runs inside this one. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^(VITEST|JEST|NODE_OPTIONS$|NODE_ENV$|MCP_RECORDINGS_DIR$|TEST$|npm_)/.test(k)) env[k] = v;
  return env;
}

export interface Workspace {
  dir: string;
  project: string;
  tarball: string;
  /** The origin of the user server over HTTP (Streamable HTTP at /mcp, HTTP+SSE at /sse). */
  origin: string;
  env: NodeJS.ProcessEnv;
  close(): void;
}

/** Pack, install, lay out the user's project: its server, the files the docs name. */
export async function makeWorkspace(): Promise<Workspace> {
  if (!existsSync(path.join(ROOT, "dist/inspector.mjs")) || !existsSync(path.join(ROOT, "dist/lib/index.mjs")))
    throw new Error("dist/ is not built: run `flock /tmp/inspector-build.lock npm run build` first");
  const dir = mkdtempSync(path.join(tmpdir(), "mih-docs-"));
  // MIH_DOCS_TARBALL: a tarball packed already (under the lock) by whoever runs this again and again.
  const tarball = process.env.MIH_DOCS_TARBALL ?? (await pack(dir));
  const project = path.join(dir, "project");
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
  const installed = await run("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund"], project, cleanEnv(), 120_000);
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${installed.stdout}\n${installed.stderr}`);
  for (const name of LINKED) {
    const link = path.join(project, "node_modules", name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(ROOT, "node_modules", name), link, "dir");
  }
  // A copy of the tarball where the docs name it (`npm install ./mcp-inspector-harness-0.1.0.tgz`).
  copyFileSync(tarball, path.join(project, path.basename(tarball)));
  const server = path.join(import.meta.dirname, "workspace/user-server.mjs");
  for (const f of ["build/index.js", "dist/index.js", "server.js"]) {
    mkdirSync(path.dirname(path.join(project, f)), { recursive: true });
    copyFileSync(server, path.join(project, f));
  }
  copyFileSync(path.join(ROOT, "examples/python-server/server.py"), path.join(project, "server.py"));

  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    PATH: `${path.join(project, "node_modules/.bin")}${path.delimiter}${process.env.PATH}`,
    EVERYTHING,
    API_KEY: "docs-test-key",
    INSPECTOR_BROWSER: "true",
    npm_config_offline: "true",
    // npx asks before it installs a package (`npx --package ./x.tgz …`); a person answers yes.
    npm_config_yes: "true",
    npm_config_update_notifier: "false",
    FORCE_COLOR: "0",
    NO_COLOR: "1",
  };
  const http = await startHttp(path.join(project, "build/index.js"), project, env);
  const origin = `http://127.0.0.1:${http.port}`;

  writeFileSync(
    path.join(project, "mcp.json"),
    JSON.stringify({ mcpServers: { "my-server": { command: "node", args: ["build/index.js"] } } }, null, 2),
  );
  writeFileSync(
    path.join(project, "server.json"),
    JSON.stringify({ name: "io.example/docs-user-server", version: "1.0.0", remotes: [{ type: "streamable-http", url: `${origin}/mcp` }] }),
  );
  writeFileSync(path.join(project, "server.env"), "LOG_LEVEL=debug\n");
  const bin = path.join(project, "node_modules/.bin/inspector");
  const setup = [
    [
      "--cli",
      "--save-session",
      "bug.mcp-session.json",
      "node",
      "build/index.js",
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      "message=hi",
    ],
    ["check", "--save-session", "v1.mcp-session.json", "node", "build/index.js"],
  ];
  for (const args of setup) {
    const r = await run(bin, args, project, env);
    if (r.code !== 0) throw new Error(`inspector ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const baseline = await run(
    bin,
    [
      "--cli",
      "node",
      "build/index.js",
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      "message=hi",
      "--load",
      "--load-requests",
      "50",
      "--format",
      "json",
    ],
    project,
    env,
  );
  if (baseline.code !== 0) throw new Error(`the load baseline failed:\n${baseline.stderr}`);
  writeFileSync(path.join(project, "main-load.json"), baseline.stdout);
  return { dir, project, tarball, origin, env, close: () => http.child.kill() };
}

/** `npm pack` of this repository into `dir`, under the build lock: a build beside it would put half a dist/ in the tarball. */
async function pack(dir: string): Promise<string> {
  const packed = await run(
    "flock",
    ["/tmp/inspector-build.lock", "npm", "pack", "--ignore-scripts", "--pack-destination", dir],
    ROOT,
    cleanEnv(),
    // A build may hold the lock (one takes up to 4 minutes on two cores).
    420_000,
  );
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stdout}\n${packed.stderr}`);
  return path.join(
    dir,
    readdirSync(dir).find((f) => f.endsWith(".tgz"))!,
  );
}

function startHttp(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [script, "--http", "0"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /listening on port (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once("exit", (code) => reject(new Error(`the user server over HTTP exited (${code}): ${out}`)));
  });
}

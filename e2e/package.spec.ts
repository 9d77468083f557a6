// What a user gets: the packed tarball installed into an empty folder of their own, run from
// there with npx. A file missing from the package (the `files` list, the build) fails here.
import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, repoPath, test } from "./inspector";

test.describe.configure({ mode: "serial" });

const TINY_SERVER = `// A stdio MCP server with no dependencies: one tool, "add".
import { createInterface } from "node:readline";
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  const msg = JSON.parse(line);
  if (msg.method === "initialize") send({ jsonrpc: "2.0", id: msg.id, result: { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "tiny", version: "1.0.0" } } });
  else if (msg.method === "tools/list") send({ jsonrpc: "2.0", id: msg.id, result: { tools: [{ name: "add", description: "Adds a and b", inputSchema: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] } }] } });
  else if (msg.method === "tools/call") send({ jsonrpc: "2.0", id: msg.id, result: { content: [{ type: "text", text: String(msg.params.arguments.a + msg.params.arguments.b) }] } });
  else if (msg.id !== undefined) send({ jsonrpc: "2.0", id: msg.id, error: { code: -32601, message: "Method not found" } });
});
`;

let work: string;
let project: string;
let tarball: string;
let installed: string;

/** Every file under `dir` with its size and modification time: what "nothing was written" compares. */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      out.push(`${path.relative(dir, p)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

function run(
  cmd: string,
  args: string[],
  cwd: string,
  extra: { uid?: number; gid?: number; env?: Record<string, string> } = {},
): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...extra.env },
    uid: extra.uid,
    gid: extra.gid,
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(path.join(os.tmpdir(), "inspector-package-"));
  chmodSync(work, 0o755);
  // `npm test` has just built dist/; --ignore-scripts packs that build instead of rebuilding
  // it under the other specs' feet (prepack builds for a real `npm pack`).
  const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], {
    cwd: repoPath(),
    encoding: "utf8",
  });
  tarball = path.join(work, packed.trim().split("\n").pop()!);
  project = path.join(work, "my-server");
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "my-server", version: "1.0.0", type: "module", private: true }));
  writeFileSync(path.join(project, "srv.mjs"), TINY_SERVER);
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], project);
  expect(install.status, install.stderr).toBe(0);
  installed = path.join(project, "node_modules/mcp-inspector-harness");
});

test.afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test("the package holds only what runs, and installs with no dependencies of its own", () => {
  const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  // Source stays out; the test library's bundled declarations (dist/lib/*.d.ts) are what ships of TypeScript.
  const isDeclaration = (f: string) => /^package\/dist\/lib\/[^/]+\.d\.ts$/.test(f);
  expect(
    files.filter(
      (f) =>
        (/\.(ts|tsx)$/.test(f) && !isDeclaration(f)) ||
        /^package\/(test|e2e|server|app|components|scripts|lib|page-lib|bench|examples)\//.test(f),
    ),
  ).toEqual([]);
  expect(files).toEqual(
    expect.arrayContaining([
      "package/bin/inspector.mjs",
      "package/dist/inspector.mjs",
      "package/dist/lib/index.mjs",
      "package/dist/lib/index.d.ts",
      "package/dist/lib/vitest.mjs",
      "package/dist/lib/vitest.d.ts",
      "package/dist/page/index.html",
      "package/dist/page/monaco/editor.js.gz",
      // The read-only viewer: page files (--html) and export --viewer are made from it.
      "package/dist/page/viewer/index.html",
      "package/dist/demo/server-everything/server.mjs",
      "package/dist/THIRD-PARTY-NOTICES.txt",
    ]),
  );
  expect(readdirSync(path.join(project, "node_modules")).filter((n) => !n.startsWith("."))).toEqual(["mcp-inspector-harness"]);
});

test("--cli from the user's folder: a tool call on their server, and the bundled demo", () => {
  const call = run(
    "npx",
    ["inspector", "--cli", "node", "srv.mjs", "--method", "tools/call", "--tool-name", "add", "--tool-arg", "a=1", "--tool-arg", "b=2"],
    project,
  );
  expect(call.status, call.stderr).toBe(0);
  expect(JSON.parse(call.stdout)).toEqual({ content: [{ type: "text", text: "3" }] });
  const demo = run("npx", ["inspector", "--cli", "--demo", "--method", "tools/list"], project);
  expect(demo.status, demo.stderr).toBe(0);
  expect(JSON.parse(demo.stdout).tools.map((t: { name: string }) => t.name)).toContain("echo");
});

test("the page from the installed package: connected, the tool listed and called, the editor loaded, nothing written to the package", async ({
  page,
}) => {
  const before = snapshot(installed);
  const child = spawn("npx", ["inspector", "--no-open", "--port", "0", "node", "srv.mjs"], {
    cwd: project,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  try {
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on("data", (d: Buffer) => {
        out += d;
        const m = /is up at (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.stderr!.on("data", (d: Buffer) => (out += d));
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const failed: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    page.on("requestfailed", (r) => failed.push(`failed ${r.url()}`));
    await page.goto(url);
    await expect(page.getByTestId("server-name")).toHaveText("tiny");
    await page.getByRole("tab", { name: "Tools", exact: true }).click();
    await page.getByTestId("tool-add").click();
    await page.getByRole("spinbutton", { name: /^a/ }).fill("20");
    await page.getByRole("spinbutton", { name: /^b/ }).fill("22");
    await page.getByRole("button", { name: "Run tool" }).click();
    await expect(page.getByTestId("tool-result")).toContainText("42");
    await page.getByRole("tab", { name: "Raw", exact: true }).click();
    await expect(page.locator(".monaco-editor")).toBeVisible();
    // The editor's JSON worker (bundled beside the editor) answers: method names complete.
    await page.evaluate(() => {
      const m = (window as unknown as { monaco: typeof import("monaco-editor") }).monaco;
      const editor = m.editor.getEditors()[0];
      editor.setValue('{ "method": "tools/" }');
      editor.setPosition({ lineNumber: 1, column: 20 });
      editor.focus();
    });
    await expect(async () => {
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+Space");
      await expect(page.locator(".monaco-editor .suggest-widget")).toContainText("tools/call", { timeout: 2000 });
    }).toPass();
    expect(failed).toEqual([]);
    // A reload has no launch code (the page strips it from the address bar) and still gets in.
    await page.reload();
    await expect(page.getByTestId("server-name")).toHaveText("tiny");
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  expect(snapshot(installed)).toEqual(before);
});

test("a global install and `npx --package <tarball> inspector` run it from any folder", () => {
  const prefix = path.join(work, "global");
  const g = run("npm", ["install", "--global", "--no-audit", "--no-fund", "--prefer-offline", "--prefix", prefix, tarball], work);
  expect(g.status, g.stderr).toBe(0);
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), "inspector-elsewhere-"));
  try {
    writeFileSync(path.join(elsewhere, "srv.mjs"), TINY_SERVER);
    const viaGlobal = run(path.join(prefix, "bin/inspector"), ["--cli", "node", "srv.mjs", "--method", "tools/list"], elsewhere);
    expect(viaGlobal.status, viaGlobal.stderr).toBe(0);
    expect(JSON.parse(viaGlobal.stdout).tools[0].name).toBe("add");
    const viaNpx = run(
      "npx",
      ["--yes", "--prefer-offline", `--package=${tarball}`, "inspector", "--cli", "node", "srv.mjs", "--method", "tools/list"],
      elsewhere,
      { env: { npm_config_cache: path.join(work, "npx-cache") } },
    );
    expect(viaNpx.status, viaNpx.stderr).toBe(0);
    expect(JSON.parse(viaNpx.stdout).tools[0].name).toBe("add");
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

test("a read-only package folder still runs; a broken install says so in one line, never builds", () => {
  const inspector = path.join(installed, "bin/inspector.mjs");
  // As root, permissions do not stop writes: run as `nobody` so the read-only folder is real.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { HOME: work } } : {};
  run("chmod", ["-R", "a-w,a+rX", installed], project);
  try {
    const ro = run(process.execPath, [inspector, "--cli", "node", "srv.mjs", "--method", "tools/list"], project, asUser);
    expect(ro.status, ro.stderr).toBe(0);
  } finally {
    run("chmod", ["-R", "u+w", installed], project);
  }

  renameSync(path.join(installed, "dist/page"), path.join(installed, "dist/page-gone"));
  const noPage = run(process.execPath, [inspector, "--no-open", "--port", "0", "node", "srv.mjs"], project);
  renameSync(path.join(installed, "dist/page-gone"), path.join(installed, "dist/page"));
  expect(noPage.status).toBe(1);
  expect(noPage.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^inspector: the page is missing from .*reinstall the package/)]);

  renameSync(path.join(installed, "dist/inspector.mjs"), path.join(installed, "dist/gone.mjs"));
  const noBackend = run(process.execPath, [inspector, "--version"], project);
  renameSync(path.join(installed, "dist/gone.mjs"), path.join(installed, "dist/inspector.mjs"));
  expect(noBackend.status).toBe(1);
  expect(noBackend.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^inspector: the built backend is missing .*reinstall the package/),
  ]);
  expect(noBackend.stderr + noPage.stderr).not.toMatch(/build(ing)? the page|\n\s+at /);
});

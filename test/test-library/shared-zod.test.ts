import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers/targets";

// scripts/build.mjs (sharedZod): the library takes zod from the user's node_modules when it is
// exactly the bundled version and a zod is already in the process (an in-process McpServer has
// loaded it: bench figure 9.3), and its own copy otherwise (the launcher's and --cli's case: the
// project's unbundled zod would cost more than ours). Either way the same call gives the same answer.
const HOOK = path.join(ROOT, "test/budgets/load-hook.mjs");
const ECHO = path.join(FIXTURES, "hand-written-echo.mjs");
const ZOD_VERSION = (JSON.parse(readFileSync(path.join(ROOT, "node_modules/zod/package.json"), "utf8")) as { version: string }).version;
const built = existsSync(path.join(ROOT, "dist/lib/index.mjs"));
const work = mkdtempSync(path.join(tmpdir(), "shared-zod-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The package's dist/ (library and chunks) and package.json, copied into `dir`: an install with no zod above it. */
function copyPackage(dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(ROOT, "package.json"), path.join(dir, "package.json"));
  for (const d of ["lib", "chunks"]) cpSync(path.join(ROOT, "dist", d), path.join(dir, "dist", d), { recursive: true });
  return path.join(dir, "dist/lib/index.mjs");
}

const ROOT_ZOD = pathToFileURL(path.join(ROOT, "node_modules/zod/index.js")).href;

/**
 * Import, connect over stdio, one call with good and one with bad arguments, close: what came back,
 * and the zod files loaded. `zodFirst`: this repository's zod is imported first, as a test file's
 * McpServer would have.
 */
function firstCall(lib: string, name: string, zodFirst: boolean): { answers: unknown; zodFiles: string[] } {
  const list = path.join(work, `${name}.txt`);
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      HOOK,
      "--input-type=module",
      "-e",
      `${zodFirst ? `await import(${JSON.stringify(ROOT_ZOD)});` : ""}
       const { connect } = await import(${JSON.stringify(lib)});
       const mcp = await connect({ command: process.execPath, args: [${JSON.stringify(ECHO)}] });
       const ok = await mcp.callTool("echo", { message: "hi" });
       const bad = await mcp.callTool("echo", { message: 1 }).then((r) => r, (e) => ({ rejected: e.kind ?? e.name, message: e.message }));
       await mcp.close();
       process.stdout.write(JSON.stringify({ ok, bad }, (k, v) => (/Ms$/.test(k) ? undefined : v)));`,
    ],
    { env: { ...process.env, BUDGET_LOADS_FILE: list }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], cwd: work },
  );
  const zodFiles = readFileSync(list, "utf8")
    .split("\n")
    .filter((u) => u.startsWith("file:"))
    .map((u) => fileURLToPath(u))
    .filter((f) => /[\\/]zod[\\/]|[\\/]zod-[^\\/]*\.mjs$/.test(f));
  return { answers: JSON.parse(out), zodFiles };
}

const bundledChunk = (files: string[]) => files.some((f) => /[\\/]chunks[\\/]zod-[^\\/]*\.mjs$/.test(f));

describe.skipIf(!built)("the library's zod", () => {
  const inPlace = built ? firstCall(path.join(ROOT, "dist/lib/index.mjs"), "in-place", true) : undefined;

  it("is the project's own zod when it is the bundled version and already loaded: one copy in the process", () => {
    expect(inPlace!.zodFiles).toContain(realpathSync(path.join(ROOT, "node_modules/zod/index.js")));
    expect(bundledChunk(inPlace!.zodFiles)).toBe(false);
  });

  it("is the bundled copy when no zod is loaded yet, though the project has the same version, with the same answers", () => {
    const first = firstCall(path.join(ROOT, "dist/lib/index.mjs"), "not-loaded", false);
    expect(bundledChunk(first.zodFiles)).toBe(true);
    expect(first.zodFiles).not.toContain(realpathSync(path.join(ROOT, "node_modules/zod/index.js")));
    expect(first.answers).toEqual(inPlace!.answers);
  });

  it("is the bundled copy when no zod can be found, with the same answers", () => {
    const alone = firstCall(copyPackage(path.join(work, "alone")), "alone", false);
    expect(bundledChunk(alone.zodFiles)).toBe(true);
    expect(alone.zodFiles.some((f) => f.includes(`${path.sep}node_modules${path.sep}`))).toBe(false);
    expect(alone.answers).toEqual(inPlace!.answers);
  });

  it("is the bundled copy when the project's zod is another version (never loaded), with the same answers", () => {
    const project = path.join(work, "other");
    const zod = path.join(project, "node_modules/zod");
    mkdirSync(zod, { recursive: true });
    const other = ZOD_VERSION === "4.0.0" ? "4.0.1" : "4.0.0";
    writeFileSync(
      path.join(zod, "package.json"),
      JSON.stringify({ name: "zod", version: other, type: "module", exports: { ".": "./index.js", "./package.json": "./package.json" } }),
    );
    writeFileSync(path.join(zod, "index.js"), 'throw new Error("another version of zod was loaded");\n');
    const lib = copyPackage(path.join(project, "node_modules/mcp-inspector-harness"));
    const r = firstCall(lib, "other", true);
    expect(bundledChunk(r.zodFiles)).toBe(true);
    expect(r.zodFiles).not.toContain(path.join(zod, "index.js"));
    expect(r.answers).toEqual(inPlace!.answers);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, expect, test } from "vitest";
import { COMPILE_HINT, hintScripts, withCompileHint } from "../scripts/compile-hints.mjs";
import { ROOT } from "./helpers/targets";

// The page's scripts carry V8's file-level compile hint (scripts/compile-hints.mjs): each module's
// code is compiled while its chunk streams in, instead of parsed a second time on the main thread
// at its first call (bench/README: the main thread to "Connected" 848 → 622 ms, paired loads). The
// hint is V8's spelling, https://v8.dev/blog/explicit-compile-hints; what it saves is measured, not
// asserted (CONVENTIONS: time belongs to the bench).

const dir = mkdtempSync(path.join(os.tmpdir(), "inspector-hints-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the build's step puts the hint on the first line of each script, once, and leaves other files alone", () => {
  writeFileSync(path.join(dir, "a.js"), "(globalThis.TURBOPACK||[]).push([1]);\n");
  writeFileSync(path.join(dir, "b.css"), ".x{}");
  writeFileSync(path.join(dir, "c.js"), "// a comment first\nlet c;");
  expect(hintScripts(dir)).toBe(2);
  expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}\n(globalThis.TURBOPACK||[]).push([1]);\n`);
  expect(readFileSync(path.join(dir, "c.js"), "utf8")).toBe(`${COMPILE_HINT}\n// a comment first\nlet c;`);
  expect(readFileSync(path.join(dir, "b.css"), "utf8")).toBe(".x{}");
  // A second pass over the same folder is a build gone wrong, not a second hint.
  expect(() => hintScripts(dir)).toThrow(/carries V8's compile hint already/);
  expect(() => withCompileHint(`${COMPILE_HINT}\nx`)).toThrow(/already/);
});

test("every script of the built page starts with the hint (the editor's bundle does not: with it, Monaco cost the machine more CPU)", () => {
  const chunks = path.join(ROOT, "dist/page/_next/static/chunks");
  const scripts = readdirSync(chunks).filter((f) => /\.js(\.gz)?$/.test(f));
  expect(scripts.length).toBeGreaterThan(10);
  const text = (f: string) => {
    const raw = readFileSync(path.join(chunks, f));
    return (f.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  };
  const without = scripts.filter((f) => !text(f).startsWith(`${COMPILE_HINT}\n`));
  expect(without).toEqual([]);
  const monaco = gunzipSync(readFileSync(path.join(ROOT, "dist/page/monaco/editor.js.gz"))).toString("utf8");
  expect(monaco.startsWith(COMPILE_HINT)).toBe(false);
});

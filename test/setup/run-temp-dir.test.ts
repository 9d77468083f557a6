// The run's temporary folder (test/setup/run-temp-dir.ts): what the tests and their processes make
// goes under it, and it goes when the run ends.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import setup from "./run-temp-dir";

test("this run's files and the processes it starts use the run's own temporary folder, made like /tmp", () => {
  expect(path.basename(tmpdir())).toMatch(/^vitest-tmp-/);
  expect(statSync(tmpdir()).mode & 0o7777).toBe(0o1777);
  const child = execFileSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], { encoding: "utf8" });
  expect(child).toBe(tmpdir());
});

test("the folder is removed with what is in it when the run ends, and TMPDIR is as it was", () => {
  const was = process.env.TMPDIR;
  const teardown = setup();
  const dir = process.env.TMPDIR!;
  expect(dir).not.toBe(was);
  expect(path.dirname(dir)).toBe(was ?? path.dirname(dir));
  mkdirSync(path.join(dir, "left-by-a-test"));
  writeFileSync(path.join(dir, "left-by-a-test", "file"), "x");
  teardown();
  expect(existsSync(dir)).toBe(false);
  expect(process.env.TMPDIR).toBe(was);
});

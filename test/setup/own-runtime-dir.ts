// Each test file's taps get a runtime folder of their own: a tap started with its page on looks
// for a hub in $XDG_RUNTIME_DIR (server/tap/hub-dir.ts) and joins it, so without this the taps
// of two test files running at once, or of a person's own hosts on this machine, would join one
// another's page. Spawned processes inherit it through process.env.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const runtime = mkdtempSync(path.join(tmpdir(), "vitest-runtime-"));
process.env.XDG_RUNTIME_DIR = runtime;
afterAll(() => rmSync(runtime, { recursive: true, force: true }));

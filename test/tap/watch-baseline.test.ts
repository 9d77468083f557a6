// `--watch`: a change made after the tap started but before its watch was ready (chokidar's first
// scan, in a worker, seconds on a busy machine; the stdio tap loads the watch after the host's
// first answer) still restarts the server. Seen as a red `--watch` test of the HTTP tap at load 15:
// the file written right after the host's first call, no restart within 20 s.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { watchBaseline } from "../../server/tap/watch-baseline";
import { startWatching } from "../../server/tap/watch-paths";
import { watchPaths } from "../../server/tap/watch-scan";

const dir = mkdtempSync(path.join(tmpdir(), "tap-watch-baseline-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("a watched file written between the tap's start and its watch being ready restarts the server", async () => {
  const file = path.join(dir, "server.js");
  writeFileSync(file, "// v1\n");
  const since = watchBaseline([file]);
  writeFileSync(file, "// v2, saved before the watch is up\n");
  const changed: string[] = [];
  const w = startWatching(
    [file],
    (f) => changed.push(f),
    () => undefined,
    undefined,
    since,
  );
  try {
    await expect.poll(() => changed, { timeout: 10_000 }).toEqual([file]);
  } finally {
    await w.close();
  }
});

it("a watched path not there at the start and made before the watch is ready counts too", async () => {
  const made = path.join(dir, "made.js");
  const since = watchBaseline([made]);
  writeFileSync(made, "// new\n");
  const events: string[] = [];
  const close = await watchPaths(
    { paths: [made], baseline: since },
    (f) => events.push(f),
    () => undefined,
  );
  try {
    await expect.poll(() => events, { timeout: 10_000 }).toContain(made);
  } finally {
    await close();
  }
});
// That an unchanged path restarts nothing when the watch gets ready: test/tap/restart.test.ts and
// http-restart.test.ts count exactly one restart and one list_changed per change.

import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "vitest";
import { engineFactory } from "./helpers/engine";
import { fixture } from "./helpers/fixtures";
import { alive } from "./helpers/launcher";
import { waitFor } from "./helpers/targets";

const { newEngine } = engineFactory();

describe("what a target leaves behind", () => {
  test("a target that exits by itself: the children it left in its process group are ended", async () => {
    const pidfile = path.join(mkdtempSync(path.join(tmpdir(), "orphans-")), "pids");
    const { engine } = newEngine();
    void engine.connect({ target: fixture("exits-leaving-child", [], { PIDFILE: pidfile }), timeouts: { initializeMs: 5000 } });
    await waitFor(() => existsSync(pidfile) && readFileSync(pidfile, "utf8").includes(" "), 10_000, "the pids");
    const [server, child] = readFileSync(pidfile, "utf8").split(" ").map(Number);
    await waitFor(() => !alive(server), 10_000, "the server to exit");
    await waitFor(() => !alive(child), 10_000, "the child it left to be ended");
  }, 30_000);
});

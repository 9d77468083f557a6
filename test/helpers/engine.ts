import { afterEach } from "vitest";
import { Engine, type EngineOptions } from "../../server/engine";
import { RecordStore } from "../../server/record/store";

/**
 * An engine and its record for one test, closed after it (the target's process group goes
 * with it). Call at module level: it registers the afterEach that closes what tests opened.
 */
export function engineFactory() {
  let cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c();
    cleanup = [];
  });
  return {
    newEngine(options: EngineOptions = {}) {
      const rec = new RecordStore();
      const engine = new Engine(rec, { name: "test", version: "0" }, options);
      cleanup.push(() => engine.close());
      return { rec, engine };
    },
    /** Something else to stop after the test (an HTTP server, a child process). */
    onCleanup(fn: () => unknown) {
      cleanup.push(fn);
    },
  };
}

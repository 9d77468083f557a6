import type { ChildProcess } from "node:child_process";

/** How long after its exit a child's pipes may stay open before the wait stops waiting for them. */
const PIPES_AFTER_EXIT_MS = 5000;

/**
 * A child's exit once its output is read: 'close', which comes after both pipes ended. Node may
 * emit 'exit' before the pipes are read to their end ("stdio streams might still be open"), and a
 * test that reads the output then reads a message still on its way (a fresh clone's suite saw
 * `inspector diff only-one` exit 2 with its stderr empty, 2026-11-29). A process the child left
 * running with the pipes open would hold 'close' off, so 'exit' and 5 s more end the wait too.
 */
export function exitedAndRead(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => setTimeout(() => resolve({ code, signal }), PIPES_AFTER_EXIT_MS).unref());
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
}

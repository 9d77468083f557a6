// The linter's code loads apart from the page's first load (client/lint-store.ts): a load that
// fails (the backend gone, or replaced by another build, before the chunk came) is said in the
// Problems tab, never an unhandled rejection, and a later store tries again.
import { afterAll, expect, it, vi } from "vitest";

afterAll(() => {
  vi.doUnmock("../../lib/lint");
  vi.resetModules();
});

it("a failed load of the linter's code: the store says why, finish() ends, and the next store loads it", async () => {
  vi.resetModules();
  vi.doMock("../../lib/lint", () => {
    throw new Error("the chunk is gone");
  });
  const failing = await import("../../client/lint-store");
  const lint = new failing.LintStore(failing.fixedSource([]), { complete: true, later: (fn) => fn() }).start();
  await lint.ready;
  // The import's own error (here vitest's words around the factory's throw).
  expect(lint.unavailable).toMatch(/\S/);
  lint.finish();
  expect(lint.findings()).toEqual([]);

  vi.doUnmock("../../lib/lint");
  const again = new failing.LintStore(failing.fixedSource([]), { complete: true, later: (fn) => fn() }).start();
  await again.ready;
  expect(again.unavailable).toBeUndefined();
});

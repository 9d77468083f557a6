// A page test that makes a LintStore starts loading the linter's code (client/lint-store.ts
// `loadLinter`: ajv, re2js, yaml) and need not wait for it. A worker goes on to its next file
// without a fresh process (vitest.config.ts `isolate: false`), so a load still running when one
// jsdom file ends finished after the next file's environment was torn down: "Cannot load
// re2js … after the environment was torn down", failing a file that never asked for it (a fresh
// clone's run, session 19). So a jsdom file ends only once the linter's code is in: the load a
// test began, or one begun here. It is the module's own, once per worker (a file that made no
// LintStore pays it only if it is the worker's first), so later files wait for nothing.
import { afterAll } from "vitest";

if (typeof document !== "undefined")
  afterAll(async () => {
    const { loadLinter } = await import("../../client/lint-store");
    // A load that failed is the test's to report (the Problems tab says why); here it only has to be over.
    await loadLinter().catch(() => undefined);
  });

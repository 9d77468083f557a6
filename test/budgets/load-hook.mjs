// Preloaded with `node --import` by test/budgets: writes the URL of every module Node loads from
// a file (not the built-ins) to $BUDGET_LOADS_FILE, one a line, as it loads. The hooks run on
// Node's loader thread, so the file is appended synchronously there. With BUDGET_MARK_URL set, a line
// `@@url` marks where the process first wrote a URL to stdout (the launcher's "is up at"); with
// BUDGET_MARK_SPAWN, a line `@@spawn` where it first spawned a process (the tap's server). A module
// is listed before it is evaluated, so what the process had loaded by then is above the mark.
import { createRequire, register, syncBuiltinESMExports } from "node:module";

const file = process.env.BUDGET_LOADS_FILE;
if (file) {
  const hooks = `
    import { appendFileSync } from "node:fs";
    export async function load(url, context, next) {
      if (url.startsWith("file:")) appendFileSync(${JSON.stringify(file)}, url + "\\n");
      return next(url, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

if (file && process.env.BUDGET_MARK_URL) {
  const { appendFileSync } = await import("node:fs");
  const write = process.stdout.write.bind(process.stdout);
  let marked = false;
  process.stdout.write = (chunk, ...rest) => {
    if (!marked && String(chunk).includes("http://")) {
      marked = true;
      appendFileSync(file, "@@url\n");
    }
    return write(chunk, ...rest);
  };
}

if (file && process.env.BUDGET_MARK_SPAWN) {
  const { appendFileSync } = await import("node:fs");
  const childProcess = createRequire(import.meta.url)("node:child_process");
  const spawn = childProcess.spawn;
  let marked = false;
  childProcess.spawn = function (...args) {
    if (!marked) {
      marked = true;
      appendFileSync(file, "@@spawn\n");
    }
    return spawn.apply(this, args);
  };
  // `import { spawn } from "node:child_process"` (the bundles') sees the wrapper too.
  syncBuiltinESMExports();
}

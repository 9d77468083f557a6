// Preloaded with `node --import` by test/budgets: writes the URL of every module Node loads from
// a file (not the built-ins) to $BUDGET_LOADS_FILE, one a line, as it loads. The hooks run on
// Node's loader thread, so the file is appended synchronously there. With BUDGET_MARK_URL set, a line
// `@@url` marks where the process first wrote a URL to stdout (the launcher's "is up at").
import { register } from "node:module";

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

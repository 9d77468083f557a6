// V8's explicit compile hint for the page's scripts (scripts/build.mjs): a file whose first line is
// `//# allFunctionsCalledOnLoad` has its functions compiled while the script streams in, on a
// background thread, instead of each on the main thread at its first call (Chromium 136 and later;
// https://v8.dev/blog/explicit-compile-hints). Turbopack wraps every module in a function that the
// chunk calls as soon as it loads, so V8 pre-parsed each module's code lazily and then parsed it
// again on the main thread at that call: about a quarter of the main thread's time to "Connected"
// (bench/README, "The page's scripts compiled while they stream").
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** `js` with the compile hint as its first line; throws on a script that has one already (a build run twice over one folder). */
export function withCompileHint(js) {
  if (js.startsWith(COMPILE_HINT)) throw new Error("the script carries V8's compile hint already");
  return `${COMPILE_HINT}\n${js}`;
}

/** Every `.js` file directly in `dir` (Next's chunks folder) given the hint; returns how many. */
export function hintScripts(dir) {
  const scripts = readdirSync(dir).filter((name) => name.endsWith(".js"));
  for (const name of scripts) {
    const file = path.join(dir, name);
    writeFileSync(file, withCompileHint(readFileSync(file, "utf8")));
  }
  return scripts.length;
}

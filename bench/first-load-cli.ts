// By hand, outside `npm run bench`: the page's first load (bench/first-load.ts, the code figure 6
// uses) for any inspector checkout or install, e.g. an older commit built in a worktree:
//   node bench/out/first-load.mjs --cwd /tmp/old --runs 6 -- node bin/inspector.mjs --demo --no-open --port 0
// (bench/run.mjs builds bench/out/first-load.mjs.) Prints the medians as JSON.
import { launchChromium, LOOPBACK_ONLY } from "./browser";
import { firstLoadRuns } from "./first-load";
import { round } from "./stats";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const opts = sep < 0 ? argv : argv.slice(0, sep);
const command = sep < 0 ? [] : argv.slice(sep + 1);
const opt = (name: string) => {
  const i = opts.indexOf(name);
  return i < 0 ? undefined : opts[i + 1];
};
if (command.length === 0) {
  process.stderr.write("usage: node bench/out/first-load.mjs [--cwd DIR] [--runs N] -- COMMAND ARGS…\n");
  process.exit(2);
}
const browser = await launchChromium(LOOPBACK_ONLY);
if (!browser) {
  process.stderr.write("no Chromium (set CHROMIUM_PATH or install chromium)\n");
  process.exit(1);
}
try {
  const r = await firstLoadRuns(browser, command[0], command.slice(1), opt("--cwd") ?? process.cwd(), Number(opt("--runs") ?? 6));
  const out = {
    date: new Date().toISOString(),
    command: command.join(" "),
    cwd: opt("--cwd") ?? process.cwd(),
    runs: r.runs.length,
    wireKiB: round(r.wireBytes / 1024, 1),
    bodyKiB: round(r.bodyBytes / 1024, 1),
    requests: r.requests,
    wsKiB: round(r.wsBytes / 1024, 1),
    ttiMs: round(r.ttiMs, 0),
    each: r.runs.map((l) => ({
      wireKiB: round(l.wireBytes / 1024, 1),
      ttiMs: round(l.ttiMs, 0),
      requests: l.requests,
      outside: l.outside.length,
      failed: l.failed,
    })),
  };
  console.log(JSON.stringify(out, null, 2));
} finally {
  await browser.close();
}
process.exit(0);

/**
 * The one line an export problem earns on stderr, once per process for each kind of problem
 * (docs/otel.md: "said once on stderr"): a refused connection, a timeout, a rejection with its
 * status, for traces and for metrics, or a command's last flush that ran out of time. Whether the
 * exporter said it in the worker thread or this one, the main thread says it.
 */
const said = new Set<string>();
let sink: (line: string, key: string) => void = (line) => process.stderr.write(`${line}\n`);

/** Says `line` unless a line of the same `key` (the kind of problem) was said before. */
export function warnOnce(line: string, key: string = line): void {
  if (said.has(key)) return;
  said.add(key);
  sink(line, key);
}

/** In the export's worker thread: lines go to the main thread, which says them (once for the process). */
export function sendWarningsTo(post: (line: string, key: string) => void): void {
  sink = post;
}

/** For tests: every kind of problem may be said again. */
export function forgetWarnings(): void {
  said.clear();
}

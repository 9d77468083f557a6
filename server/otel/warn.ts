/**
 * The one line an export problem earns on stderr, once per process (docs/otel.md: "said once on
 * stderr"): whether the exporter said it failed (in the worker thread or this one) or a command's
 * last flush ran out of time with a collector that never answered (the exporters retry for 10 s,
 * longer than a `--cli` call waits: the failure was never reported, issue 62).
 */
let warned = false;
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

export function warnOnce(line: string): void {
  if (warned) return;
  warned = true;
  sink(line);
}

/** In the export's worker thread: lines go to the main thread, which says them (once for the process). */
export function sendWarningsTo(post: (line: string) => void): void {
  sink = post;
}

// docs/otel-trace.svg, made by scripts/otel-trace-picture.mjs: a real export, pictured. The built
// command runs a small collection against the instrumented fixture server with OTEL_* pointing at
// a local OTLP/HTTP receiver (./receiver.ts, which decodes with the protocol's own definitions);
// the trace it received is drawn as a waterfall (./waterfall.ts). No tracing UI is involved.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startReceiver, until } from "./receiver";
import { waterfallSvg } from "./waterfall";

const [root, out] = process.argv.slice(2);
const dir = mkdtempSync(path.join(tmpdir(), "otel-picture-"));
const rx = await startReceiver();
try {
  const server = path.join(root, "test/fixtures/otel-echo-server.mjs");
  const file = path.join(dir, "demo.mcp-tests.yaml");
  writeFileSync(
    file,
    [
      "version: 1",
      "target:",
      "  command: node",
      `  args: [${JSON.stringify(server)}, ${JSON.stringify(`${rx.url}/v1/traces`)}]`,
      "steps:",
      "  - name: tools are listed",
      "    method: tools/list",
      "  - name: echo answers",
      "    tool: echo",
      "    arguments: { message: hi }",
      "    expect:",
      "      - textContent: { contains: hi }",
      "  - name: fail is a tool error",
      "    tool: fail",
      "    expect:",
      "      - isError: true",
      "  - name: echo again",
      "    tool: echo",
      "    arguments: { message: again }",
      "",
    ].join("\n"),
  );
  const env = { ...process.env, OTEL_EXPORTER_OTLP_ENDPOINT: rx.url, OTEL_SERVICE_NAME: "inspector-ci", OTEL_METRICS_EXPORTER: "none" };
  const run = await promisify(execFile)(process.execPath, [path.join(root, "bin/inspector.mjs"), "test", path.basename(file)], {
    env,
    cwd: dir,
  }).catch((e: { stdout?: string; stderr?: string }) => {
    throw new Error(`inspector test failed: ${e.stdout ?? ""}${e.stderr ?? ""}`);
  });
  process.stderr.write(run.stdout);
  await until(() => rx.spans.some((s) => s.name.startsWith("collection run")), "the collection run's span");
  const scope = rx.spans.find((s) => s.name.startsWith("collection run"))!;
  // The server flushes each of its spans as it makes it; give the last one a moment.
  await until(() => rx.spans.filter((s) => s.service === "otel-echo-server").length >= 2, "the server's spans");
  const trace = rx.spans.filter((s) => s.traceId === scope.traceId);
  writeFileSync(
    out,
    waterfallSvg(trace, "as a local OTLP/HTTP receiver decoded them from `inspector test` (not a tracing UI's screenshot)"),
  );
  for (const s of trace) process.stderr.write(`${s.service} ${s.name} ${s.spanId} <- ${s.parentSpanId || "-"}\n`);
} finally {
  await rx.close();
  rmSync(dir, { recursive: true, force: true });
}

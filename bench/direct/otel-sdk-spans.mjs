#!/usr/bin/env node
// Figure 11's reference (issue 93): the OpenTelemetry JS SDK's own tracer doing what our export does
// for one call: start a span, set the same attributes, end it, a BatchSpanProcessor handing spans to
// an InMemorySpanExporter. Prints {cpuUs}: this process's CPU per span (all threads) for N spans,
// counted as figure 11 counts our export's: from before the SDK is loaded to the batch flushed, so
// loading and setting up the tracer is spread over the session's spans on both sides. With a URL
// after N (information, issue 93), the exporter is the SDK's own OTLP/protobuf over HTTP to that
// collector instead: the SDK doing the whole of what our export does (encode and send).
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const c0 = cpu();
const { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter } = await import("@opentelemetry/sdk-trace-base");

const N = Number(process.argv[2] ?? 4000);
const url = process.argv[3];
const exporter = url
  ? new (await import("@opentelemetry/exporter-trace-otlp-proto")).OTLPTraceExporter({ url })
  : new InMemorySpanExporter();
// The queue holds the whole session (its default 2,048 drops spans made faster than its 5-s timer
// sends them; ours hands over at 65,536), its batches of 512 as by default.
const provider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter, { maxQueueSize: N })] });
const tracer = provider.getTracer("bench");
// The attributes lib/otel/spans.ts sets on a tools/call span over stdio.
const span = (i) => {
  const s = tracer.startSpan("tools/call echo", { kind: 2 });
  s.setAttributes({
    "mcp.method.name": "tools/call",
    "jsonrpc.protocol.version": "2.0",
    "jsonrpc.request.id": String(i),
    "gen_ai.tool.name": "echo",
    "gen_ai.operation.name": "execute_tool",
    "mcp.protocol.version": "2025-06-18",
    "network.transport": "pipe",
  });
  s.end();
};
for (let i = 0; i < N; i++) span(i);
await provider.forceFlush();
const cpuUs = (cpu() - c0) / N;
if (!url && exporter.getFinishedSpans().length !== N) throw new Error(`exported ${exporter.getFinishedSpans().length} of ${N} spans`);
await provider.shutdown();
process.stdout.write(JSON.stringify({ cpuUs }) + "\n");

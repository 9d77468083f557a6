#!/usr/bin/env node
// Figure 11's reference (issue 93): the OpenTelemetry JS SDK's own tracer doing what our export does
// for one call: start a span, set the same attributes, end it, a BatchSpanProcessor handing spans to
// an InMemorySpanExporter. Prints {cpuUs}: this process's CPU per span (all threads) over N spans
// after as many warm-up spans, with the batch processor flushed inside the window.
import { BasicTracerProvider, BatchSpanProcessor, InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";

const N = Number(process.argv[2] ?? 2000);
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(exporter)] });
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
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
for (let i = 0; i < N; i++) span(i);
await provider.forceFlush();
exporter.reset();
const c0 = cpu();
for (let i = 0; i < N; i++) span(N + i);
await provider.forceFlush();
const cpuUs = (cpu() - c0) / N;
if (exporter.getFinishedSpans().length !== N) throw new Error(`exported ${exporter.getFinishedSpans().length} of ${N} spans`);
await provider.shutdown();
process.stdout.write(JSON.stringify({ cpuUs }) + "\n");

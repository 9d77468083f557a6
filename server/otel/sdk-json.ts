// Static imports: this module is itself the chunk loaded on demand (live.ts, for OTLP/JSON only),
// and the SDK's packages are CommonJS, whose named exports a bundled dynamic import() does not give.
import { JsonMetricsSerializer, JsonTraceSerializer } from "@opentelemetry/otlp-transformer";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { AggregationTemporality, DataPointType, InstrumentType, type ResourceMetrics } from "@opentelemetry/sdk-metrics";
import { ValueType } from "@opentelemetry/api";
import type { HistogramMetric } from "../../lib/otel/otlp-proto";
import type { SpanDraft } from "../../lib/otel/spans";
import { readableSpans, type ResourceFacts } from "./readable";

/**
 * OTLP/JSON (OTEL_EXPORTER_OTLP_PROTOCOL=http/json), through the OpenTelemetry SDK's own
 * serializers: loaded only when that protocol is asked for. Protobuf, the default, is written
 * by lib/otel/otlp-proto.ts without the SDK (figure 11).
 */
export function jsonTraces(spans: SpanDraft[], facts: ResourceFacts): Uint8Array | undefined {
  return JsonTraceSerializer.serializeRequest(readableSpans(spans, facts));
}

const hr = (ms: number): [number, number] => [Math.trunc(ms / 1000), Math.round((ms % 1000) * 1e6)];

/** Our histograms as the SDK's ResourceMetrics (what its periodic reader collected), serialized. */
export function jsonMetrics(metrics: readonly HistogramMetric[], endMs: number, facts: ResourceFacts): Uint8Array | undefined {
  const data: ResourceMetrics = {
    resource: resourceFromAttributes({ ...facts.resourceAttributes, "service.name": facts.serviceName }),
    scopeMetrics: [
      {
        scope: { name: "mcp-inspector-harness", version: "", schemaUrl: undefined },
        metrics: metrics.map((m) => ({
          descriptor: {
            name: m.name,
            description: m.description,
            unit: m.unit,
            type: InstrumentType.HISTOGRAM,
            valueType: ValueType.DOUBLE,
            advice: { explicitBucketBoundaries: [...m.bounds] },
          },
          aggregationTemporality: AggregationTemporality.CUMULATIVE,
          dataPointType: DataPointType.HISTOGRAM,
          dataPoints: m.points.map((p) => ({
            attributes: p.attributes,
            startTime: hr(p.startMs),
            endTime: hr(endMs),
            value: { min: p.min, max: p.max, sum: p.sum, count: p.count, buckets: { boundaries: [...m.bounds], counts: p.counts } },
          })),
        })),
      },
    ],
  };
  return JsonMetricsSerializer.serializeRequest(data);
}

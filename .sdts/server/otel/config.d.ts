import { type SpanLimits } from "../../lib/otel/limits";
/**
 * OpenTelemetry export settings from the standard OTEL_* variables
 * (https://opentelemetry.io/docs/specs/otel/protocol/exporter/). Nothing is exported unless the
 * person set an endpoint: the inspector never sends telemetry anywhere on its own.
 */
export interface OtelConfig {
    /** Where spans are POSTed (the signal-specific variable wins; else `<endpoint>/v1/traces`). */
    tracesUrl: string;
    /** Where the duration metric is POSTed, or undefined when OTEL_METRICS_EXPORTER=none. */
    metricsUrl?: string;
    protocol: "http/protobuf" | "http/json";
    headers: Record<string, string>;
    serviceName: string;
    resourceAttributes: Record<string, string>;
    /** How long finished spans wait before they are sent, at most (OTEL_BSP_SCHEDULE_DELAY, the SDK's 5 s by default). */
    scheduleDelayMs: number;
    /** How long one request waits for the collector's answer (OTEL_EXPORTER_OTLP_TIMEOUT, 10 s by default). */
    timeoutMs: number;
    /** OTEL_EXPORTER_OTLP_COMPRESSION=gzip: bodies sent gzipped. */
    gzip: boolean;
    /** A W3C trace context to join (TRACEPARENT/TRACESTATE, as CI systems set them), if any. */
    parent?: {
        traceparent: string;
        tracestate?: string;
    };
    /** The attribute limits (OTEL_SPAN_ATTRIBUTE_* over OTEL_ATTRIBUTE_*), with a default length cap. */
    limits: SpanLimits;
    /**
     * Why export cannot run as asked, said once on stderr (then export is off): a protocol not
     * offered (`grpc`) is refused by name, never sent as http/protobuf to a gRPC port.
     */
    refused?: string;
    /** TRACEPARENT's sampled flag is 0: its trace is joined (ids carried to the server, flag 00) but nothing is exported. */
    unsampled?: boolean;
}
type Env = Record<string, string | undefined>;
/** The export settings, or undefined when export is off (no endpoint, or OTEL_TRACES_EXPORTER=none). */
export declare function otelConfigFromEnv(env: Env): OtelConfig | undefined;
/** True when the variables ask for export, without reading anything else (the engine's hot check). */
export declare function otelWanted(env: Env): boolean;
/** `k=v,k2=v2` with percent-encoded values (W3C Baggage style), as OTEL_* lists are written. */
export declare function parseKeyValues(v: string | undefined): Record<string, string>;
/** An endpoint as it may be printed: without a user and password, and without its query (a token may be there). */
export declare function printableUrl(url: string): string;
export {};

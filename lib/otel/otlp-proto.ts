import type { SpanDraft } from "./spans";

/**
 * Spans as OTLP/protobuf: an ExportTraceServiceRequest (opentelemetry-proto's
 * collector/trace/v1/trace_service.proto), written straight from our drafts. Why not the SDK's
 * serializer (@opentelemetry/otlp-transformer): it takes the SDK's ReadableSpan, which the export
 * had to rebuild for every span, and its generic path (an attribute of any type, a resource and
 * scope found per span) cost figure 11 about as much as the rest of the export (issue 93). The
 * fields and their order are the SDK's, so a collector sees the same message:
 * test/otel/otlp-proto.test.ts encodes the same spans both ways and compares them decoded.
 */
export interface ProtoResource {
  serviceName: string;
  resourceAttributes: Record<string, string>;
  /** The instrumentation scope's version: this inspector's. */
  version: string;
}

/** A growing buffer with protobuf's few wire forms (https://protobuf.dev/programming-guides/encoding/). */
export class ProtoWriter {
  buf: Uint8Array;
  pos = 0;
  private view: DataView;

  constructor(size = 4096) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  tag(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }

  /** A non-negative integer up to 2^53, or a negative one as int64's ten bytes of two's complement. */
  varint(v: number): void {
    this.room(10);
    const b = this.buf;
    if (v >= 0 && v <= 0xffffffff) {
      let u = v >>> 0;
      while (u > 0x7f) {
        b[this.pos++] = (u & 0x7f) | 0x80;
        u >>>= 7;
      }
      b[this.pos++] = u;
      return;
    }
    let lo: number;
    let hi: number;
    if (v >= 0) {
      lo = v >>> 0;
      hi = Math.floor(v / 0x100000000) >>> 0;
    } else {
      const a = -v;
      lo = ~(a >>> 0) >>> 0;
      hi = ~(Math.floor(a / 0x100000000) >>> 0) >>> 0;
      lo = (lo + 1) >>> 0;
      if (lo === 0) hi = (hi + 1) >>> 0;
    }
    while (hi > 0 || lo > 0x7f) {
      b[this.pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    b[this.pos++] = lo;
  }

  fixed32(v: number): void {
    this.room(4);
    this.view.setUint32(this.pos, v >>> 0, true);
    this.pos += 4;
  }

  fixed64(lo: number, hi: number): void {
    this.room(8);
    this.view.setUint32(this.pos, lo >>> 0, true);
    this.view.setUint32(this.pos + 4, hi >>> 0, true);
    this.pos += 8;
  }

  double(v: number): void {
    this.room(8);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  /** A length-delimited UTF-8 string (its tag written before). */
  string(s: string): void {
    const n = s.length;
    // ASCII, the common case (methods, names, ids), copied as is; anything else through the encoder.
    let ascii = n < 128;
    if (ascii)
      for (let i = 0; i < n; i++)
        if (s.charCodeAt(i) > 0x7f) {
          ascii = false;
          break;
        }
    if (ascii) {
      this.room(n + 1);
      const b = this.buf;
      b[this.pos++] = n;
      for (let i = 0; i < n; i++) b[this.pos++] = s.charCodeAt(i);
      return;
    }
    const bytes = utf8.encode(s);
    this.varint(bytes.length);
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** A length-delimited byte string from lowercase or uppercase hex (a trace or span id). */
  hex(h: string): void {
    const n = h.length >> 1;
    this.room(n + 1);
    const b = this.buf;
    b[this.pos++] = n;
    // A table, not a function per digit: this runs mostly before the JIT has compiled it (figure 11).
    for (let i = 0; i < 2 * n; i += 2) b[this.pos++] = (HEX[h.charCodeAt(i)]! << 4) | HEX[h.charCodeAt(i + 1)]!;
  }

  /** Starts an embedded message (its tag written before): one byte kept for its length. */
  begin(): number {
    this.room(1);
    return this.pos++;
  }

  /** Ends the message `begin` started: its length written, the body moved on if it needs more than one byte. */
  end(at: number): void {
    const len = this.pos - at - 1;
    if (len < 0x80) {
      this.buf[at] = len;
      return;
    }
    let extra = 0;
    for (let v = len >>> 7; v > 0; v >>>= 7) extra++;
    this.room(extra);
    this.buf.copyWithin(at + 1 + extra, at + 1, this.pos);
    this.pos += extra;
    let p = at;
    let v = len;
    while (v > 0x7f) {
      this.buf[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[p] = v;
  }

  /** The bytes written: a view of the buffer, not a copy (a session's spans are a megabyte or more), so the writer is done with. */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

const utf8 = new TextEncoder();

/** Each hex digit's value by its character code (0-9, A-F, a-f). */
const HEX = new Uint8Array(128);
for (let c = 0; c < 128; c++) HEX[c] = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : 0;

/** Field numbers (opentelemetry-proto, trace/v1/trace.proto and common/v1/common.proto). */
const LEN = 2;
const VARINT = 0;
const I64 = 1;
const I32 = 5;

/** KeyValue{key = 1, value = 2: AnyValue{string = 1, bool = 2, int = 3, double = 4}} under field `field`. */
export function writeAttribute(w: ProtoWriter, field: number, key: string, v: string | number | boolean): void {
  w.tag(field, LEN);
  const kv = w.begin();
  w.tag(1, LEN);
  w.string(key);
  w.tag(2, LEN);
  const any = w.begin();
  if (typeof v === "string") {
    w.tag(1, LEN);
    w.string(v);
  } else if (typeof v === "boolean") {
    w.tag(2, VARINT);
    w.varint(v ? 1 : 0);
  } else if (Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 63) {
    // As the SDK: an integer is int_value, anything else double_value.
    w.tag(3, VARINT);
    w.varint(v);
  } else {
    w.tag(4, I64);
    w.double(v);
  }
  w.end(any);
  w.end(kv);
}

export function writeAttributes(w: ProtoWriter, field: number, attributes: Record<string, string | number | boolean>): void {
  for (const k in attributes) writeAttribute(w, field, k, attributes[k]!);
}

/** Milliseconds since the epoch as OTLP's fixed64 nanoseconds: whole seconds, then nanoseconds rounded, as the SDK's HrTime was. */
export function writeTime(w: ProtoWriter, ms: number): void {
  const s = Math.floor(ms / 1000);
  const ns = Math.round((ms - s * 1000) * 1e6);
  // s × 1e9 + ns exceeds 2^53: split s in its low 16 bits and the rest, each product exact.
  const sLow = s % 0x10000;
  const sHigh = Math.floor(s / 0x10000);
  const a = sLow * 1e9 + ns;
  const b = sHigh * 1e9; // × 2^16
  const low = (b % 0x10000) * 0x10000 + (a % 0x100000000);
  const lo = low % 0x100000000;
  const hi = Math.floor(b / 0x10000) + Math.floor(a / 0x100000000) + Math.floor(low / 0x100000000);
  w.fixed64(lo, hi);
}

/** Resource{attributes = 1, dropped_attributes_count = 2} under field `field`: OTEL_RESOURCE_ATTRIBUTES with OTEL_SERVICE_NAME over them. */
export function writeResource(w: ProtoWriter, field: number, r: ProtoResource): void {
  w.tag(field, LEN);
  const at = w.begin();
  writeAttributes(w, 1, { ...r.resourceAttributes, "service.name": r.serviceName });
  w.tag(2, VARINT);
  w.varint(0);
  w.end(at);
}

/** InstrumentationScope{name = 1, version = 2} under field `field`. */
export function writeScope(w: ProtoWriter, field: number, version: string): void {
  w.tag(field, LEN);
  const at = w.begin();
  w.tag(1, LEN);
  w.string(SCOPE);
  if (version) {
    w.tag(2, LEN);
    w.string(version);
  }
  w.end(at);
}

export const SCOPE = "mcp-inspector-harness";

/** Span.SpanKind: the proto's values (INTERNAL 1, SERVER 2, CLIENT 3). */
const KIND = { internal: 1, server: 2, client: 3 } as const;
/** Span.flags: W3C trace flags (sampled) and SPAN_FLAGS_CONTEXT_HAS_IS_REMOTE_MASK (is_remote not known: false), as the SDK sends them. */
const FLAGS = 0x01 | 0x100;
const STATUS_ERROR = 2;

/** One Span (trace.proto), every field the SDK writes, in its order. */
function writeSpan(w: ProtoWriter, d: SpanDraft): void {
  w.tag(2, LEN); // ScopeSpans.spans
  const at = w.begin();
  w.tag(1, LEN);
  w.hex(d.traceId);
  w.tag(2, LEN);
  w.hex(d.spanId);
  if (d.parentSpanId) {
    w.tag(4, LEN);
    w.hex(d.parentSpanId);
  }
  w.tag(5, LEN);
  w.string(d.name);
  w.tag(6, VARINT);
  w.varint(KIND[d.kind]);
  w.tag(7, I64);
  writeTime(w, d.startMs);
  w.tag(8, I64);
  writeTime(w, d.endMs);
  writeAttributes(w, 9, d.attributes);
  w.tag(10, VARINT);
  w.varint(d.droppedAttributes ?? 0);
  w.tag(12, VARINT); // dropped_events_count: we send no events
  w.varint(0);
  w.tag(14, VARINT); // dropped_links_count: nor links
  w.varint(0);
  w.tag(15, LEN);
  const status = w.begin();
  // The conventions: an error's description is its message; success leaves the status unset.
  if (d.error?.message) {
    w.tag(2, LEN);
    w.string(d.error.message);
  }
  w.tag(3, VARINT);
  w.varint(d.error ? STATUS_ERROR : 0);
  w.end(status);
  w.tag(16, I32);
  w.fixed32(FLAGS);
  w.end(at);
}

/** The ExportTraceServiceRequest carrying `spans`: one ResourceSpans, one ScopeSpans. */
export function encodeTraceRequest(
  spans: readonly SpanDraft[],
  resource: ProtoResource,
  w = new ProtoWriter(256 * spans.length + 512),
): Uint8Array {
  w.tag(1, LEN); // resource_spans
  const rs = w.begin();
  writeResource(w, 1, resource);
  w.tag(2, LEN); // scope_spans
  const ss = w.begin();
  writeScope(w, 1, resource.version);
  for (const d of spans) writeSpan(w, d);
  w.end(ss);
  w.end(rs);
  return w.finish();
}

/** One attribute set's cumulative histogram (explicit buckets), as the SDK's metric reader reports it. */
export interface HistogramPoint {
  attributes: Record<string, string | number | boolean>;
  /** When this attribute set was first recorded. */
  startMs: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  /** One count per bucket: `bounds.length + 1` of them. */
  counts: number[];
}

export interface HistogramMetric {
  name: string;
  description: string;
  unit: string;
  bounds: readonly number[];
  points: HistogramPoint[];
}

/** metrics.proto's AGGREGATION_TEMPORALITY_CUMULATIVE: what the SDK's periodic reader sends by default. */
const CUMULATIVE = 2;

/** The ExportMetricsServiceRequest (collector/metrics/v1) carrying `metrics` as collected at `endMs`; the SDK's fields, in its order. */
export function encodeMetricsRequest(metrics: readonly HistogramMetric[], endMs: number, resource: ProtoResource): Uint8Array {
  const w = new ProtoWriter();
  w.tag(1, LEN); // resource_metrics
  const rm = w.begin();
  writeResource(w, 1, resource);
  w.tag(2, LEN); // scope_metrics
  const sm = w.begin();
  // The SDK's meter is named, with no version.
  writeScope(w, 1, "");
  for (const m of metrics) {
    w.tag(2, LEN); // ScopeMetrics.metrics
    const mt = w.begin();
    w.tag(1, LEN);
    w.string(m.name);
    if (m.description) {
      w.tag(2, LEN);
      w.string(m.description);
    }
    if (m.unit) {
      w.tag(3, LEN);
      w.string(m.unit);
    }
    w.tag(9, LEN); // Metric.histogram
    const h = w.begin();
    for (const p of m.points) {
      w.tag(1, LEN); // Histogram.data_points
      const dp = w.begin();
      w.tag(2, I64);
      writeTime(w, p.startMs);
      w.tag(3, I64);
      writeTime(w, endMs);
      w.tag(4, I64);
      w.fixed64(p.count >>> 0, (p.count / 0x100000000) >>> 0);
      w.tag(5, I64);
      w.double(p.sum);
      w.tag(6, LEN); // bucket_counts, packed fixed64
      const bc = w.begin();
      for (const c of p.counts) w.fixed64(c >>> 0, (c / 0x100000000) >>> 0);
      w.end(bc);
      if (m.bounds.length) {
        w.tag(7, LEN); // explicit_bounds, packed double
        const eb = w.begin();
        for (const b of m.bounds) w.double(b);
        w.end(eb);
      }
      writeAttributes(w, 9, p.attributes);
      w.tag(11, I64);
      w.double(p.min);
      w.tag(12, I64);
      w.double(p.max);
      w.end(dp);
    }
    w.tag(2, VARINT);
    w.varint(CUMULATIVE);
    w.end(h);
    w.end(mt);
  }
  w.end(sm);
  w.end(rm);
  return w.finish();
}

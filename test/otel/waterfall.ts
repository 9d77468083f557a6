import type { ReceivedSpan } from "./receiver";

/**
 * One trace as an SVG waterfall (docs/otel-trace.svg, scripts/otel-trace-picture.mjs): a row per
 * span in parent/child order, indented by depth, a bar from its start to its end on a shared time
 * axis, its name, service and duration; an error status in red. Pure: spans in, SVG text out.
 */
export function waterfallSvg(spans: readonly ReceivedSpan[], caption: string): string {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const children = new Map<string, ReceivedSpan[]>();
  const roots: ReceivedSpan[] = [];
  for (const s of spans) {
    if (s.parentSpanId && byId.has(s.parentSpanId)) {
      const list = children.get(s.parentSpanId) ?? [];
      list.push(s);
      children.set(s.parentSpanId, list);
    } else roots.push(s);
  }
  const order = (list: ReceivedSpan[]) => [...list].sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
  const rows: Array<{ span: ReceivedSpan; depth: number }> = [];
  const walk = (s: ReceivedSpan, depth: number) => {
    rows.push({ span: s, depth });
    for (const c of order(children.get(s.spanId) ?? [])) walk(c, depth + 1);
  };
  for (const r of order(roots)) walk(r, 0);

  const t0 = spans.reduce((m, s) => (s.startNs < m ? s.startNs : m), spans[0].startNs);
  const t1 = spans.reduce((m, s) => (s.endNs > m ? s.endNs : m), spans[0].endNs);
  const totalMs = Math.max(Number(t1 - t0) / 1e6, 0.001);
  const W = 1000;
  const LABEL = 330;
  const ROW = 26;
  const TOP = 64;
  const barW = W - LABEL - 90;
  const x = (ns: bigint) => LABEL + (Number(ns - t0) / 1e6 / totalMs) * barW;
  const H = TOP + rows.length * ROW + 40;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="ui-sans-serif, system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="14" font-weight="600" fill="#111">Trace ${esc(spans[0].traceId)}</text>`,
    `<text x="12" y="42" fill="#555">${esc(`${spans.length} spans, ${fmtMs(totalMs)} — ${caption}`)}</text>`,
  );
  // Time axis: five ticks.
  for (let i = 0; i <= 4; i++) {
    const tx = LABEL + (barW * i) / 4;
    out.push(`<line x1="${tx}" y1="${TOP - 6}" x2="${tx}" y2="${H - 30}" stroke="#e5e7eb"/>`);
    out.push(`<text x="${tx}" y="${TOP - 10}" text-anchor="middle" fill="#777" font-size="10">${fmtMs((totalMs * i) / 4)}</text>`);
  }
  rows.forEach(({ span, depth }, i) => {
    const y = TOP + i * ROW;
    if (i % 2) out.push(`<rect x="0" y="${y}" width="${W}" height="${ROW}" fill="#f9fafb"/>`);
    const error = span.status.code === 2;
    const server = span.service !== rows[0].span.service;
    const color = error ? "#dc2626" : server ? "#059669" : span.kind === 1 ? "#6b7280" : "#2563eb";
    const room = 34 - depth * 2;
    const name = span.name.length > room ? `${span.name.slice(0, room - 1)}…` : span.name;
    out.push(`<text x="${12 + depth * 16}" y="${y + 17}" fill="#111">${esc(name)}</text>`);
    out.push(`<text x="${LABEL - 8}" y="${y + 17}" text-anchor="end" fill="#777" font-size="10">${esc(span.service)}</text>`);
    const bx = x(span.startNs);
    const bw = Math.max(x(span.endNs) - bx, 2);
    out.push(`<rect x="${bx.toFixed(1)}" y="${y + 6}" width="${bw.toFixed(1)}" height="${ROW - 12}" rx="2" fill="${color}"/>`);
    const ms = Number(span.endNs - span.startNs) / 1e6;
    const why = span.status.message ?? span.attributes["error.type"] ?? "error";
    const label = `${fmtMs(ms)}${error ? ` — ERROR: ${String(why)}` : ""}`;
    out.push(
      `<text x="${(bx + bw + 6).toFixed(1)}" y="${y + 17}" fill="${error ? "#dc2626" : "#333"}" font-size="11">${esc(label)}</text>`,
    );
  });
  const ly = H - 14;
  out.push(
    `<text x="12" y="${ly}" fill="#555" font-size="11">` +
      `<tspan fill="#6b7280">■</tspan> the inspector's own span (INTERNAL)   <tspan fill="#2563eb">■</tspan> a request it sent (CLIENT)   ` +
      `<tspan fill="#059669">■</tspan> the server's own span (its exporter, same trace)   <tspan fill="#dc2626">■</tspan> status ERROR</text>`,
  );
  out.push("</svg>");
  return out.join("\n") + "\n";
}

const fmtMs = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

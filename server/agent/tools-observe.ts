import * as z from "zod";
import { asRecord } from "../../lib/json/shape";
import { clipJson } from "../../lib/text/big-text";
import type { Entry } from "../../lib/record/format";
import { tool } from "./define";
import { NAME } from "./tools-connect";
import { cutLine, describeConnection } from "./describe";
import { agentError } from "./errors";

/** Characters of a frame shown in a timeline row; `seq` gives one entry whole (bounded). */
const ROW_CHARS = 300;

const timeline = tool({
  name: "timeline",
  description:
    "The connection's record, oldest first: every frame both ways as sent, stderr lines, stdout that was not JSON-RPC, lifecycle events (spawn, exit). Filter by method, direction, kind, since a seq; pass nextSince back as since for more. With seq, one entry whole.",
  input: {
    name: NAME,
    since: z.number().int().nonnegative().optional().describe("only entries after this seq"),
    method: z.string().optional().describe("only messages of this method (a request, its response, a notification)"),
    dir: z.enum(["client->server", "server->client"]).optional(),
    kind: z.enum(["message", "stderr", "stdout-noise", "lifecycle", "http", "auth", "dropped", "app"]).optional(),
    limit: z.number().int().positive().max(200).optional().describe("most rows (default 50)"),
    seq: z.number().int().positive().optional().describe("one entry, whole"),
  },
  output: { entries: z.array(z.unknown()), nextSince: z.number().optional(), more: z.boolean().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("timeline", a.name);
    if (a.seq !== undefined) {
      const e = c.link.record.get(a.seq);
      if (!e) throw agentError("usage", "timeline", `no entry #${a.seq} is held in this record`);
      return { entries: [e] };
    }
    const limit = a.limit ?? 50;
    const rows: Record<string, unknown>[] = [];
    let last = a.since ?? 0;
    let more = false;
    for (const e of c.link.record.since(a.since ?? 0)) {
      if (rows.length === limit) {
        more = true;
        break;
      }
      last = e.seq;
      if (a.kind && e.kind !== a.kind) continue;
      if (a.dir && (e.kind !== "message" || e.dir !== a.dir)) continue;
      if (a.method && methodOf(e) !== a.method) continue;
      rows.push(row(e));
    }
    return { entries: rows, nextSince: last, more };
  },
});

const findings = tool({
  name: "findings",
  description:
    "What the protocol lint found in the connection so far (rule, severity, message, the entry's seq, the spec's URL): malformed frames, broken schemas, stdout noise, spec violations.",
  input: { name: NAME, severity: z.enum(["error", "warning", "info"]).optional().describe("this severity and worse (default info)") },
  output: { findings: z.array(z.unknown()), total: z.number() },
  async run(a, ctx) {
    const c = ctx.connections.get("findings", a.name);
    const all = c.findings(a.severity);
    return { findings: all.slice(0, 100), total: all.length };
  },
});

const targetOutput = tool({
  name: "target_output",
  description:
    "Why a server died or misbehaves: its status and exit (code or signal), its last stderr lines, and any stdout line that was not JSON-RPC (a console.log on stdout corrupts a stdio server).",
  input: { name: NAME, lines: z.number().int().positive().max(200).optional().describe("last stderr lines (default 40)") },
  output: {
    status: z.string(),
    exit: z.unknown().optional(),
    error: z.unknown().optional(),
    stderr: z.array(z.string()),
    stdoutNoise: z.array(z.string()),
  },
  async run(a, ctx) {
    const c = ctx.connections.get("target_output", a.name);
    const entries = c.link.record.since(0);
    const stderr = entries.flatMap((e) => (e.kind === "stderr" ? e.text.split("\n") : []));
    const noise = entries.flatMap((e) => (e.kind === "stdout-noise" ? [`#${e.seq} ${cutLine(e.text)} (${e.reason})`] : []));
    const exit = [...entries].reverse().find((e) => e.kind === "lifecycle" && e.event === "exited");
    const d = describeConnection(c);
    return {
      status: c.state().status,
      ...(exit && exit.kind === "lifecycle"
        ? { exit: { code: exit.code, signal: exit.signal, text: cutLine(exit.text), seq: exit.seq } }
        : {}),
      ...(d.error ? { error: d.error } : {}),
      stderr: stderr.slice(-(a.lines ?? 40)).map((l) => cutLine(l)),
      stdoutNoise: noise.slice(-20),
    };
  },
});

function methodOf(e: Entry): string | undefined {
  if (e.kind !== "message") return undefined;
  const m = asRecord(e.message);
  return typeof m.method === "string" ? m.method : e.pair?.method;
}

function row(e: Entry): Record<string, unknown> {
  const base = { seq: e.seq, kind: e.kind };
  if (e.kind === "message") {
    const m = asRecord(e.message);
    return {
      ...base,
      dir: e.dir,
      ...(methodOf(e) ? { method: methodOf(e) } : {}),
      ...(m.id !== undefined ? { id: m.id } : {}),
      ...(e.pair ? { answers: e.pair.seq, latencyMs: Math.round(e.pair.latencyMs) } : {}),
      ...(m.error !== undefined ? { error: true } : {}),
      ...(e.by ? { by: e.by } : {}),
      size: e.size,
      // Clipped before it is serialized: a 20 MiB frame costs a row no more than a small one.
      text: cutLine(
        e.raw?.slice(0, ROW_CHARS * 2) ?? JSON.stringify(clipJson(e.message, { maxString: ROW_CHARS, maxItems: 20 }).value) ?? "",
        ROW_CHARS,
      ),
    };
  }
  if ("text" in e && typeof e.text === "string")
    return { ...base, ...("event" in e ? { event: e.event } : {}), text: cutLine(e.text, ROW_CHARS) };
  return { ...base, text: cutLine(JSON.stringify(e), ROW_CHARS) };
}

export const OBSERVE_TOOLS = [timeline, findings, targetOutput];

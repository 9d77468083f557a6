import * as z from "zod";
import { asRecord } from "../../lib/json/shape";
import { clipJson } from "../../lib/text/big-text";
import type { Entry } from "../../lib/record/format";
import { READ_ONLY, tool } from "./define";
import { CONNECTION_ARG } from "./connection-arg";
import { UNTRUSTED_LINE } from "./untrusted";
import type { AgentConnection } from "./connection";
import { cutLine, describeConnection } from "./describe";
import { agentError } from "./errors";
import { filledByNameOn, redactFilled } from "../collections/filled-values";

/** Characters of a frame shown in a timeline row; `seq` gives one entry whole (bounded). */
const ROW_CHARS = 300;

const timeline = tool({
  name: "timeline",
  description:
    "The record, newest first (since: oldest first from a seq): frames, stderr, lifecycle, who did each. seq: one entry whole. " +
    UNTRUSTED_LINE,
  input: {
    connection: CONNECTION_ARG,
    last: z.number().int().positive().max(200).optional().describe("default 30"),
    since: z.number().int().nonnegative().optional(),
    method: z.string().optional(),
    dir: z.enum(["client->server", "server->client"]).optional(),
    kind: z.enum(["message", "stderr", "stdout-noise", "lifecycle", "http", "auth", "dropped", "app"]).optional(),
    seq: z.number().int().positive().optional(),
  },
  annotations: READ_ONLY,
  async run(a, ctx) {
    const c = ctx.connections.get("timeline", a.connection);
    // Values a collection run filled from the environment never come back in clear (issue 52).
    return redactFilled(rowsOf(), filledByNameOn(c.link.record));
    function rowsOf(): Record<string, unknown> {
      if (a.seq !== undefined) {
        const e = c.link.record.get(a.seq);
        if (!e) throw agentError("usage", "timeline", `no entry #${a.seq} is held in this record`);
        const by = c.by(e);
        // The entry whole: what the server sent or printed is in it, so it is untrusted as a whole.
        return { entries: [{ seq: e.seq, kind: e.kind, ...(by ? { by } : {}), untrusted: { entry: e } }] };
      }
      if (a.since !== undefined && a.last !== undefined)
        throw agentError("usage", "timeline", "give since (oldest first) or last (newest first), not both");
      const keep = (e: Entry) =>
        !(a.kind && e.kind !== a.kind) && !(a.dir && (e.kind !== "message" || e.dir !== a.dir)) && !(a.method && methodOf(e) !== a.method);
      const all = c.link.record.since(a.since ?? 0);
      if (a.since !== undefined) {
        const limit = a.last ?? 50;
        const rows: Record<string, unknown>[] = [];
        let last = a.since;
        let more = false;
        for (const e of all) {
          if (rows.length === limit) {
            more = true;
            break;
          }
          last = e.seq;
          if (keep(e)) rows.push(row(c, e));
        }
        return { order: "oldest first", entries: rows, nextSince: last, more };
      }
      const limit = a.last ?? 30;
      const rows: Record<string, unknown>[] = [];
      let i = all.length - 1;
      for (; i >= 0 && rows.length < limit; i--) if (keep(all[i]!)) rows.push(row(c, all[i]!));
      const older = all.slice(0, i + 1).some(keep);
      return { order: "newest first", entries: rows, ...(older ? { more: "older rows: since a seq, or a larger last" } : {}) };
    }
  },
});

const findings = tool({
  name: "findings",
  description:
    "What the protocol lint found about the current process (pid, since): broken frames and schemas, stdout noise, spec violations.",
  input: {
    connection: CONNECTION_ARG,
    severity: z.enum(["error", "warning", "info"]).optional().describe("and worse"),
    earlier: z.boolean().optional().describe("include earlier processes"),
  },
  annotations: READ_ONLY,
  async run(a, ctx) {
    const c = ctx.connections.get("findings", a.connection);
    const about = aboutOf(c);
    const all = await c.findings(a.severity);
    // After a restart onto a fixed server, the old process's findings are not the new one's.
    const now = a.earlier ? all : all.filter((f) => f.seq === undefined || f.seq >= about.since);
    // A finding's message quotes the server (its tool names, its frames): untrusted.
    const shown = now.slice(0, 100).map((f) => {
      const { message, ...rest } = f as typeof f & { message?: unknown };
      return { ...rest, untrusted: { message } };
    });
    return { about, findings: shown, total: now.length, ...(a.earlier ? {} : { earlier: all.length - now.length }) };
  },
});

const targetOutput = tool({
  name: "target_output",
  description:
    "Why the current process died or misbehaves: exit status, last stderr lines, stdout that was not JSON-RPC. " + UNTRUSTED_LINE,
  input: { connection: CONNECTION_ARG, lines: z.number().int().positive().max(200).optional().describe("default 40") },
  annotations: READ_ONLY,
  async run(a, ctx) {
    const c = ctx.connections.get("target_output", a.connection);
    const about = aboutOf(c);
    const entries = c.link.record.since(about.since - 1);
    const stderr = entries.flatMap((e) => (e.kind === "stderr" ? e.text.split("\n") : []));
    const noise = entries.flatMap((e) => (e.kind === "stdout-noise" ? [`#${e.seq} ${cutLine(e.text)} (${e.reason})`] : []));
    // An exit of an earlier process (killed by the restart) is no news about this one.
    const exit = [...entries]
      .reverse()
      .find(
        (e) => e.kind === "lifecycle" && e.event === "exited" && (about.pid === undefined || e.pid === undefined || e.pid === about.pid),
      );
    const d = describeConnection(c);
    const status = c.state().status;
    return {
      about,
      status,
      ...(exit && exit.kind === "lifecycle" && status !== "connected"
        ? { exit: { code: exit.code, signal: exit.signal, seq: exit.seq } }
        : {}),
      ...(d.error ? { error: d.error } : {}),
      stderrLines: stderr.length,
      // What the process printed is the server's: data, never instructions.
      untrusted: {
        ...(exit && exit.kind === "lifecycle" && status !== "connected" ? { exit: cutLine(exit.text) } : {}),
        ...(asRecord(d.untrusted).error ? { error: asRecord(d.untrusted).error } : {}),
        stderr: stderr.slice(-(a.lines ?? 40)).map((l) => cutLine(l)),
        stdoutNoise: noise.slice(-20),
      },
    };
  },
});

/** The process a verdict is about, as the agent reads it. */
function aboutOf(c: AgentConnection): Record<string, unknown> & { since: number; pid?: number } {
  const s = c.scope();
  return {
    since: s.since,
    ...(s.pid !== undefined ? { pid: s.pid } : {}),
    ...(s.started ? { started: s.started } : {}),
    note: `rows from #${s.since}: the process of this connection that started last`,
  };
}

function methodOf(e: Entry): string | undefined {
  if (e.kind !== "message") return undefined;
  const m = asRecord(e.message);
  return typeof m.method === "string" ? m.method : e.pair?.method;
}

function row(c: AgentConnection, e: Entry): Record<string, unknown> {
  const by = c.by(e);
  const base = { seq: e.seq, kind: e.kind, ...(by ? { by } : {}) };
  if (e.kind === "message") {
    const m = asRecord(e.message);
    return {
      ...base,
      dir: e.dir,
      ...(methodOf(e) ? { method: methodOf(e) } : {}),
      ...(m.id !== undefined ? { id: m.id } : {}),
      ...(e.pair ? { answers: e.pair.seq, latencyMs: Math.round(e.pair.latencyMs) } : {}),
      ...(m.error !== undefined ? { error: true } : {}),
      size: e.size,
      // Clipped before it is serialized: a 20 MiB frame costs a row no more than a small one.
      untrusted: {
        text: cutLine(
          e.raw?.slice(0, ROW_CHARS * 2) ?? JSON.stringify(clipJson(e.message, { maxString: ROW_CHARS, maxItems: 20 }).value) ?? "",
          ROW_CHARS,
        ),
      },
    };
  }
  if ("text" in e && typeof e.text === "string")
    return { ...base, ...("event" in e ? { event: e.event } : {}), untrusted: { text: cutLine(e.text, ROW_CHARS) } };
  return { ...base, untrusted: { text: cutLine(JSON.stringify(e), ROW_CHARS) } };
}

export const OBSERVE_TOOLS = [timeline, findings, targetOutput];

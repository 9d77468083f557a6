import path from "node:path";
import * as z from "zod";
import { check } from "../test-library/check";
import type { TargetInput } from "../test-library/types";
import { writeSessionFile } from "../record/session-file";
import { tool } from "./define";
import { NAME } from "./tools-connect";
import { agentError } from "./errors";

const runCheck = tool({
  name: "check",
  description:
    "The server doctor (`inspector check`) on a connection's target, in a fresh connection of its own: lists everything, probes what every server must do (with callTools, calls each tool with sample arguments), lints the whole conversation.",
  input: { name: NAME, callTools: z.boolean().optional() },
  output: { connected: z.boolean(), summary: z.unknown().optional(), probes: z.array(z.unknown()), findings: z.array(z.unknown()) },
  async run(a, ctx) {
    const t = ctx.connections.get("check", a.name).target;
    if (!t) throw agentError("usage", "check", "this connection has no target yet: connect first");
    const input: TargetInput =
      t.transport === "stdio"
        ? { command: t.command, args: t.args, env: t.env, cwd: t.cwd }
        : { url: t.url, headers: t.headers, transport: t.transport };
    const report = await check(input, { callTools: a.callTools === true });
    return {
      connected: report.connected,
      ...(report.connectError ? { connectError: report.connectError } : {}),
      summary: report.summary,
      // What passed says little; what failed is what to fix.
      probes: report.probes
        .filter((p) => p.status !== "pass")
        .map((p) => ({ id: p.id, status: p.status, severity: p.severity, message: p.message })),
      findings: report.findings.slice(0, 50).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, seq: f.seq })),
    };
  },
});

const saveSession = tool({
  name: "save_session",
  description:
    "Write the connection's recording, redacted (env and header values, tokens), as a .mcp-session.json: `npx inspector --open FILE` shows it as a timeline, `inspector mock FILE` plays it as a server.",
  input: { name: NAME, file: z.string().min(1).describe("where to write it (relative to the inspector's working directory)") },
  output: { path: z.string(), entries: z.number() },
  async run(a, ctx) {
    const c = ctx.connections.get("save_session", a.name);
    const target = c.target;
    if (!target) throw agentError("usage", "save_session", "this connection has no target yet: connect first");
    const abs = path.resolve(a.file);
    const entries = c.link.record.since(0);
    writeSessionFile(abs, { target, state: c.state(), entries });
    return { path: abs, entries: entries.length };
  },
});

export const FILE_TOOLS = [runCheck, saveSession];

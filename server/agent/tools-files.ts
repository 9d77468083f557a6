import { closeSync, constants, openSync, readSync, renameSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import * as z from "zod";
import { check } from "../test-library/check";
import type { TargetInput } from "../test-library/types";
import { writeSessionFile } from "../record/session-file";
import { filledOn } from "../collections/filled-values";
import { SESSION_FORMAT } from "../../lib/session/file";
import { tool } from "./define";
import { CONNECTION_ARG } from "./connection-arg";
import { agentError } from "./errors";

const runCheck = tool({
  name: "check",
  description: "`inspector check` on the target in a fresh connection: lists, probes (callTools: with sample arguments), lints.",
  input: { connection: CONNECTION_ARG, callTools: z.boolean().optional() },
  annotations: { readOnlyHint: false },
  async run(a, ctx) {
    const t = ctx.connections.get("check", a.connection).target;
    if (!t) throw agentError("usage", "check", "this connection has no target yet: connect first");
    const input: TargetInput =
      t.transport === "stdio"
        ? { command: t.command, args: t.args, env: t.env, cwd: t.cwd }
        : { url: t.url, headers: t.headers, transport: t.transport };
    const report = await check(input, { callTools: a.callTools === true });
    // Messages quote the server (its names, its errors, its stderr): untrusted.
    return {
      connected: report.connected,
      ...(report.connectError ? { untrusted: { connectError: report.connectError } } : {}),
      summary: report.summary,
      // What passed says little; what failed is what to fix.
      probes: report.probes
        .filter((p) => p.status !== "pass")
        // A probe's id names what it probed (`tool-call/<the server's tool name>`): the kind is ours, the rest the server's.
        .map((p) => ({
          probe: p.id.split("/")[0],
          status: p.status,
          severity: p.severity,
          // The spec's level of what was tried: why it is an error, a warning or a note.
          ...(p.level ? { level: p.level } : {}),
          untrusted: { id: p.id, message: p.message },
        })),
      findings: report.findings
        .slice(0, 50)
        .map((f) => ({ rule: f.rule, severity: f.severity, seq: f.seq, untrusted: { message: f.message } })),
    };
  },
});

/** The extension every recording this tool writes has (a path without it gets it). */
const SESSION_EXT = ".mcp-session.json";

const saveSession = tool({
  name: "save_session",
  description: `Write the recording, redacted, as a ${SESSION_EXT} file in the inspector's working directory (the page opens it, \`inspector mock\` serves it).`,
  input: { connection: CONNECTION_ARG, file: z.string().min(1) },
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: false },
  async run(a, ctx) {
    const c = ctx.connections.get("save_session", a.connection);
    const target = c.target;
    if (!target) throw agentError("usage", "save_session", "this connection has no target yet: connect first");
    if (a.file.includes("\0")) throw agentError("usage", "save_session", "the file name holds a NUL character: no file can have that name");
    const file = a.file.endsWith(SESSION_EXT) ? a.file : `${a.file.replace(/\.json$/, "")}${SESSION_EXT}`;
    const where = ctx.files.confined(file);
    if ("refused" in where) throw agentError("usage", "save_session", `${where.refused}: not written`);
    if (!isSessionOrAbsent(where.path))
      throw agentError("usage", "save_session", `${where.path} exists and is not a recording: not overwritten (choose another name)`);
    const entries = c.link.record.since(0);
    // Written beside it under a name no one can guess, then renamed over: a rename replaces a
    // link put there meanwhile instead of writing through it.
    const temp = path.join(path.dirname(where.path), `.${path.basename(where.path)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      // Made first, for this user only (0600): the write keeps the mode, and the rename carries it.
      closeSync(openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600));
      writeSessionFile(temp, { target, state: c.state(), entries }, { redact: filledOn(c.link.record) });
      renameSync(temp, where.path);
    } finally {
      rmSync(temp, { force: true });
    }
    return { path: where.path, entries: entries.length };
  },
});

/** True when nothing is at `file`, or a session file is (its first bytes name the format). */
function isSessionOrAbsent(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT";
  }
  try {
    const head = Buffer.alloc(200);
    const n = readSync(fd, head, 0, head.length, 0);
    return new RegExp(`^\\{\\s*"format":\\s*"${SESSION_FORMAT}"`).test(head.subarray(0, n).toString("utf8"));
  } finally {
    closeSync(fd);
  }
}

export const FILE_TOOLS = [runCheck, saveSession];

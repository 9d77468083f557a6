import * as z from "zod";
import { resolveTarget } from "../test-library/target";
import { offeredFor, standingAnswersOf } from "../test-library/server-requests";
import type { TargetInput } from "../test-library/types";
import { diffSurfaces, formatDiffText } from "../../lib/surface";
import { describeTarget } from "../../lib/target/target";
import { FailedAnswer, agentError } from "./errors";
import { READ_ONLY, tool, type AgentContext } from "./define";
import { describeConnection } from "./describe";
import { surfaceOf } from "./surface-of";
import { CONNECTION_ARG } from "./connection-arg";
import { UNTRUSTED_LINE } from "./untrusted";
import { AGENT_REQUEST_MS, type AgentConnection } from "./connection";

const SamplingRule = z.object({ match: z.string(), text: z.string(), model: z.string().optional() });
const Root = z.object({ uri: z.string(), name: z.string().optional() });
const TAKE_OVER = z.boolean().optional().describe("replace/close the person's page connection");

/** What every connection answer holds (describe.ts). */
const CONNECTION = {
  name: z.string(),
  status: z.string(),
  target: z.string().optional(),
  pid: z.number().optional(),
  negotiated: z.unknown().optional(),
  error: z.unknown().optional(),
  loginNote: z.string().optional(),
  pending: z.unknown().optional(),
  listed: z.record(z.string(), z.number()).optional(),
  note: z.string().optional(),
  untrusted: z.unknown().optional(),
};

/**
 * The person's page connection while it is live (one the agent made itself is the agent's): the
 * agent leaves it alone unless told to take it over.
 */
function personHolds(c: AgentConnection): boolean {
  const s = c.state();
  const live = s.status === "connected" || s.status === "connecting" || s.status === "reconnecting";
  return c.link.shared && live && c.agentMade !== s.generation;
}

const connect = tool({
  name: "connect",
  description:
    "Connect to an MCP server: command+args, url, or config+server; several under connection names. What was negotiated, or why not. " +
    UNTRUSTED_LINE,
  input: {
    connection: CONNECTION_ARG,
    command: z.string().optional(),
    args: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
    cwd: z.string().optional(),
    url: z.string().optional(),
    transport: z.enum(["http", "sse"]).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    config: z.string().optional().describe("mcpServers file"),
    server: z.string().optional(),
    era: z.enum(["auto", "legacy", "modern"]).optional(),
    answers: z
      .object({
        sampling: z.array(SamplingRule).optional(),
        elicitation: z.enum(["accept-defaults", "decline", "cancel"]).optional(),
        roots: z.array(Root).optional(),
      })
      .optional(),
    hold: z
      .array(z.enum(["sampling", "elicitation", "roots"]))
      .optional()
      .describe("offered; requests wait for answer_request"),
    timeoutMs: z.number().int().positive().max(600_000).optional().describe(`per request, default ${AGENT_REQUEST_MS}`),
    takeOver: TAKE_OVER,
  },
  annotations: { readOnlyHint: false, destructiveHint: false },
  output: CONNECTION,
  async run(a, ctx) {
    if (!a.command && !a.url && !a.config)
      throw agentError("usage", "connect", "give a target: command (and args), url, or config (and server)");
    const input = (
      a.command
        ? { command: a.command, args: a.args, env: a.env, cwd: a.cwd }
        : a.url
          ? { url: a.url, headers: a.headers, transport: a.transport }
          : { config: a.config, server: a.server }
    ) as TargetInput;
    const resolved = await resolveTarget(input);
    const offered = offeredFor(a.answers);
    for (const h of a.hold ?? []) {
      if (h === "sampling") offered.sampling = true;
      if (h === "roots") offered.roots = true;
      if (h === "elicitation") offered.elicitationForm = offered.elicitationUrl = true;
    }
    const c = ctx.connections.open(a.connection);
    let note: string | undefined;
    if (personHolds(c)) {
      const was = c.target ? describeTarget(c.target) : "a server";
      if (!a.takeOver)
        throw agentError(
          "usage",
          "connect",
          `the page's connection is the person's (${c.state().status} to ${was}): connect under another \`connection\` name, or pass takeOver: true to replace theirs (they see it)`,
        );
      note = `replaced the person's connection to ${was} (takeOver)`;
    }
    c.engine.setAnswers(standingAnswersOf(a.answers));
    await c.connect({
      target: resolved.target,
      protocolEra: a.era ?? resolved.protocolEra ?? "auto",
      capabilities: offered,
      timeouts: { requestMs: a.timeoutMs ?? AGENT_REQUEST_MS },
    });
    await remember(c);
    const answer = { ...describeConnection(c, { instructions: c.instructionsFresh() }), ...counts(c), ...(note ? { note } : {}) };
    if (c.state().status !== "connected" && !c.state().authorization?.pendingUrl)
      throw new FailedAnswer({ ...answer, note: "it did not come up: see error, and target_output for its stderr" });
    return answer;
  },
});

/** The surface of the connection that just came up, kept for the next restart's diff. */
async function remember(c: AgentConnection): Promise<void> {
  const now = await surfaceOf(c).catch(() => undefined);
  if (!now) return;
  c.surface = now;
  c.surfaceGeneration = c.state().generation;
}

const restart = tool({
  name: "restart",
  description:
    "Connect again with the same settings (after a fix): the diff of tools, resources, prompts, schemas, capabilities since the last process. " +
    UNTRUSTED_LINE,
  input: { connection: CONNECTION_ARG },
  annotations: { readOnlyHint: false, destructiveHint: false },
  output: { ...CONNECTION, diff: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("restart", a.connection);
    // The process up now is the one to compare with, whoever started it (the person's, from the page).
    if (c.state().status === "connected" && c.surfaceGeneration !== c.state().generation) await remember(c);
    const before = c.surface;
    const whose = c.link.shared ? " (the person's page connection: they see it restart)" : "";
    await c.restart();
    const now = await surfaceOf(c).catch(() => undefined);
    if (!now) throw new FailedAnswer({ ...describeConnection(c), note: "it did not come up: see error, and target_output for its stderr" });
    const instructions = c.instructionsFresh();
    c.surface = now;
    c.surfaceGeneration = c.state().generation;
    if (!before)
      return {
        ...describeConnection(c, { instructions }),
        ...counts(c),
        note: `restarted${whose}; no earlier process of this connection came up: nothing to compare`,
      };
    const diffed = diffSurfaces(before, now);
    // Both sides carry the same label (the same target): a note about each side read the same twice.
    const d = { ...diffed, notes: [...new Set(diffed.notes)] };
    return {
      ...describeConnection(c, { instructions }),
      ...(whose ? { note: `restarted${whose}` } : {}),
      diff: {
        summary: d.summary,
        // What changed names the server's tools and quotes its words: untrusted.
        untrusted: {
          changes: d.changes.map((ch) => ({
            severity: ch.severity,
            area: ch.area,
            subject: ch.subject,
            path: ch.path,
            message: ch.message,
          })),
          ...(d.notes.length ? { notes: d.notes } : {}),
          text: formatDiffText(d),
        },
      },
    };
  },
});

const disconnect = tool({
  name: "disconnect",
  description: "Close a connection (a stdio server's process group ends); the person's page connection only with takeOver.",
  input: { connection: CONNECTION_ARG, takeOver: TAKE_OVER },
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  output: { name: z.string(), status: z.string() },
  async run(a, ctx) {
    const c = ctx.connections.get("disconnect", a.connection);
    if (personHolds(c) && !a.takeOver)
      throw agentError(
        "usage",
        "disconnect",
        "the page's connection is the person's: left as it is. Pass takeOver: true to close it (the page shows it disconnected)",
      );
    await ctx.connections.close(c.name);
    return { name: c.name, status: c.link.shared ? "disconnected (the page stays up)" : "closed" };
  },
});

const status = tool({
  name: "status",
  description:
    "The connections: status, target, pid, protocol, server, why one failed, requests waiting (for whom), a login URL. " + UNTRUSTED_LINE,
  input: { connection: CONNECTION_ARG },
  annotations: READ_ONLY,
  output: { connections: z.array(z.unknown()) },
  async run(a, ctx: AgentContext) {
    const list = a.connection ? [ctx.connections.get("status", a.connection)] : ctx.connections.list();
    return { connections: list.map((c) => describeConnection(c, { instructions: c.instructionsFresh() })) };
  },
});

function counts(c: AgentConnection): Record<string, unknown> {
  if (!c.surface || c.state().status !== "connected") return {};
  const n: Record<string, number> = {};
  for (const [kind, l] of Object.entries(c.surface.lists)) if (l.listed) n[kind] = l.items.length;
  return { listed: n };
}

export const CONNECT_TOOLS = [connect, restart, disconnect, status];

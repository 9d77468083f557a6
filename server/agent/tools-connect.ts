import * as z from "zod";
import { resolveTarget } from "../test-library/target";
import { offeredFor, standingAnswersOf } from "../test-library/server-requests";
import type { TargetInput } from "../test-library/types";
import { diffSurfaces, formatDiffText } from "../../lib/surface";
import { agentError } from "./errors";
import { tool, type AgentContext } from "./define";
import { describeConnection } from "./describe";
import { surfaceOf } from "./surface-of";
import type { AgentConnection } from "./connection";

export const NAME = z
  .string()
  .min(1)
  .max(64)
  .optional()
  .describe('the connection\'s name (default "default"; "page" when attached to the page)');

const SamplingRule = z.object({ match: z.string(), text: z.string(), model: z.string().optional() });
const Root = z.object({ uri: z.string(), name: z.string().optional() });

/** What every connection answer holds (describe.ts). */
const CONNECTION = {
  name: z.string(),
  status: z.string(),
  target: z.string().optional(),
  pid: z.number().optional(),
  negotiated: z.unknown().optional(),
  error: z.unknown().optional(),
  loginUrl: z.string().optional(),
  loginNote: z.string().optional(),
  pending: z.unknown().optional(),
  listed: z.record(z.string(), z.number()).optional(),
};

const connect = tool({
  name: "connect",
  description:
    "Connect to an MCP server (a command over stdio, a URL, or an entry of an mcpServers config file) under a name, replacing that name's connection. Returns what was negotiated, or why it failed (exit status, the server's last stderr lines). Several names may be open at once.",
  input: {
    name: NAME,
    command: z.string().optional().describe("the server's command, run over stdio (e.g. node)"),
    args: z.array(z.string()).optional().describe('its arguments (e.g. ["build/index.js"])'),
    env: z.record(z.string(), z.string()).optional().describe("variables added to the server's environment"),
    cwd: z.string().optional(),
    url: z.string().optional().describe("a Streamable HTTP (or SSE) endpoint"),
    transport: z.enum(["http", "sse"]).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    config: z.string().optional().describe("an mcpServers config file (.cursor/mcp.json, …)"),
    server: z.string().optional().describe("which entry of the config file"),
    era: z.enum(["auto", "legacy", "modern"]).optional().describe("protocol era: legacy (2025-11-25), modern (2026-07-28), auto"),
    answers: z
      .object({
        sampling: z.array(SamplingRule).optional(),
        elicitation: z.enum(["accept-defaults", "decline", "cancel"]).optional(),
        roots: z.array(Root).optional(),
      })
      .optional()
      .describe("standing answers to the server's own requests (offers those capabilities)"),
    hold: z
      .array(z.enum(["sampling", "elicitation", "roots"]))
      .optional()
      .describe("offer these capabilities with no standing answer: the server's requests wait for answer_request"),
    timeoutMs: z.number().int().positive().max(600_000).optional().describe("time limit of each request (default 60000)"),
  },
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
    const resolved = resolveTarget(input);
    const offered = offeredFor(a.answers);
    for (const h of a.hold ?? []) {
      if (h === "sampling") offered.sampling = true;
      if (h === "roots") offered.roots = true;
      if (h === "elicitation") offered.elicitationForm = offered.elicitationUrl = true;
    }
    const c = ctx.connections.open(a.name);
    c.engine.setAnswers(standingAnswersOf(a.answers));
    await c.connect({
      target: resolved.target,
      protocolEra: a.era ?? resolved.protocolEra ?? "auto",
      capabilities: offered,
      timeouts: a.timeoutMs ? { requestMs: a.timeoutMs } : {},
    });
    c.surface = (await surfaceOf(c).catch(() => undefined)) ?? c.surface;
    return { ...describeConnection(c), ...counts(c) };
  },
});

const restart = tool({
  name: "restart",
  description:
    "Connect again with the same settings (after you rebuilt or fixed the server) and say what changed in its surface (tools, resources, prompts, schemas, capabilities) since the last time this connection came up: breaking and compatible changes, as `inspector diff` sorts them.",
  input: { name: NAME },
  output: { ...CONNECTION, diff: z.unknown().optional(), diffText: z.string().optional(), note: z.string().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("restart", a.name);
    const before = c.surface;
    if (c.spec) await c.connect(c.spec);
    else await c.engine.restart();
    const now = await surfaceOf(c).catch(() => undefined);
    if (!now) return { ...describeConnection(c), note: "it did not come up: see error, and target_output for its stderr" };
    c.surface = now;
    if (!before) return { ...describeConnection(c), ...counts(c), note: "no earlier connection of this name came up: nothing to compare" };
    const d = diffSurfaces(before, now);
    return {
      ...describeConnection(c),
      diff: {
        summary: d.summary,
        changes: d.changes.map((ch) => ({ severity: ch.severity, area: ch.area, subject: ch.subject, path: ch.path, message: ch.message })),
      },
      diffText: formatDiffText(d),
    };
  },
});

const disconnect = tool({
  name: "disconnect",
  description: "Close a connection (a stdio server's process group ends). On the page's connection, the page stays up, disconnected.",
  input: { name: NAME },
  output: { name: z.string(), status: z.string() },
  async run(a, ctx) {
    const c = ctx.connections.get("disconnect", a.name);
    await ctx.connections.close(c.name);
    return { name: c.name, status: "closed" };
  },
});

const status = tool({
  name: "status",
  description:
    "The open connections: status, target, negotiated protocol and server, why one failed, requests of the server waiting for an answer, a login URL to hand to the person.",
  input: { name: NAME },
  output: { connections: z.array(z.unknown()) },
  async run(a, ctx: AgentContext) {
    const list = a.name ? [ctx.connections.get("status", a.name)] : ctx.connections.list();
    return { connections: list.map(describeConnection) };
  },
});

function counts(c: AgentConnection): Record<string, unknown> {
  if (!c.surface || c.state().status !== "connected") return {};
  const n: Record<string, number> = {};
  for (const [kind, l] of Object.entries(c.surface.lists)) if (l.listed) n[kind] = l.items.length;
  return { listed: n };
}

export const CONNECT_TOOLS = [connect, restart, disconnect, status];

import * as z from "zod";
import { tool } from "./define";
import { CONNECTION_ARG } from "./connection-arg";
import { describeConnection } from "./describe";
import { agentError } from "./errors";

const answerRequest = tool({
  name: "answer_request",
  description:
    "Answer a pending server request (sampling, elicitation, roots) with a result or error; then await_call. The page's: only with takeOver.",
  annotations: { readOnlyHint: false, destructiveHint: false },
  input: {
    connection: CONNECTION_ARG,
    pendingId: z.string().min(1),
    result: z.record(z.string(), z.unknown()).optional().describe("sampling: role, content, model"),
    error: z.object({ code: z.number().int(), message: z.string() }).optional(),
    takeOver: z.boolean().optional(),
  },
  output: { answered: z.string(), pending: z.unknown().optional() },
  async run(a, ctx) {
    const c = ctx.connections.get("answer_request", a.connection);
    if (!a.result === !a.error) throw agentError("usage", "answer_request", "give exactly one of result and error");
    if (!c.state().pending.some((p) => p.pendingId === a.pendingId))
      throw agentError(
        "usage",
        "answer_request",
        `no pending request ${a.pendingId} (pending: ${
          c
            .state()
            .pending.map((p) => p.pendingId)
            .join(", ") || "none"
        })`,
      );
    const held = c.state().pending.find((p) => p.pendingId === a.pendingId)!;
    // On the page's connection every held request waits for the person (docs/agents.md): theirs to answer.
    if (c.link.shared && !a.takeOver)
      throw agentError(
        "usage",
        "answer_request",
        `${a.pendingId} (${held.method}) waits for the person in the page's Requests tab: left for them (await_call picks up the outcome). Pass takeOver: true to answer it for them (the page shows the agent answered)`,
      );
    const reply = a.result ? { result: a.result } : { error: a.error };
    const mark = c.link.mark;
    await (mark ? mark.answering(held.seq, () => c.engine.answer(a.pendingId, reply)) : c.engine.answer(a.pendingId, reply));
    if (c.link.shared)
      return {
        answered: a.pendingId,
        note: "answered for the person (takeOver): the page shows the agent answered",
        pending: describeConnection(c).pending ?? [],
      };
    return { answered: a.pendingId, pending: describeConnection(c).pending ?? [] };
  },
});

const setAnswers = tool({
  name: "set_answers",
  description:
    "Standing answers to the server's requests, kept across reconnects: sampling rules (first match), elicitation policy, roots.",
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  input: {
    connection: CONNECTION_ARG,
    sampling: z.array(z.object({ match: z.string(), text: z.string(), model: z.string().optional() })).optional(),
    elicitation: z.enum(["ask", "accept-defaults", "decline", "cancel"]).optional(),
    roots: z.array(z.object({ uri: z.string(), name: z.string().optional() })).optional(),
  },
  output: { answers: z.unknown() },
  async run(a, ctx) {
    const c = ctx.connections.get("set_answers", a.connection);
    const state = c.engine.setAnswers({
      ...(a.sampling ? { sampling: { enabled: true, rules: a.sampling.map((r) => ({ model: "", ...r })) } } : {}),
      ...(a.elicitation ? { elicitation: a.elicitation } : {}),
      ...(a.roots ? { roots: a.roots } : {}),
    });
    if (a.roots && state.status === "connected") await c.engine.notify("notifications/roots/list_changed").catch(() => undefined);
    return { answers: state.answers };
  },
});

export const ANSWER_TOOLS = [answerRequest, setAnswers];

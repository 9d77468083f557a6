import * as z from "zod";
import { tool } from "./define";
import { CONNECTION_ARG } from "./connection-arg";
import { describeConnection } from "./describe";
import { agentError } from "./errors";

const answerRequest = tool({
  name: "answer_request",
  description: "Answer a pending server request (sampling, elicitation, roots) with a result or error; then await_call.",
  annotations: { readOnlyHint: false, destructiveHint: false },
  input: {
    connection: CONNECTION_ARG,
    pendingId: z.string().min(1),
    result: z.record(z.string(), z.unknown()).optional().describe("sampling: role, content, model"),
    error: z.object({ code: z.number().int(), message: z.string() }).optional(),
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
    await c.engine.answer(a.pendingId, a.result ? { result: a.result } : { error: a.error });
    return { answered: a.pendingId, pending: describeConnection(c).pending ?? [] };
  },
});

const setAnswers = tool({
  name: "set_answers",
  description:
    "Standing answers to the server's requests, kept across reconnects: sampling rules (first match answers), elicitation policy, roots.",
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

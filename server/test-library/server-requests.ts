import type { Engine } from "../engine";
import type { StandingAnswersPatch } from "../../lib/answers/schema";
import type { OfferedCapabilities } from "../../lib/target/target";
import type { PendingServerRequest } from "../../lib/session/state";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import { isObject } from "../../lib/json/shape";
import type { Answers, ServerRequestHandler } from "./types";

/** The answers the engine gives by itself (canned sampling rules, an elicitation policy, the roots), as its standing answers. */
export function standingAnswersOf(a: Answers = {}): StandingAnswersPatch {
  return {
    ...(a.roots ? { roots: a.roots } : {}),
    ...(Array.isArray(a.sampling) ? { sampling: { enabled: true, rules: a.sampling.map((r) => ({ model: "", ...r })) } } : {}),
    ...(typeof a.elicitation === "string" ? { elicitation: a.elicitation } : {}),
  };
}

/** Offer a capability only when something answers it: no person sits behind a test. */
export function offeredFor(a: Answers = {}, extra: { tasks?: boolean; apps?: boolean } = {}): OfferedCapabilities {
  const elicits = a.elicitation !== undefined;
  return {
    sampling: a.sampling !== undefined,
    elicitationForm: elicits,
    elicitationUrl: elicits,
    roots: a.roots !== undefined,
    tasks: extra.tasks === true,
    apps: extra.apps === true,
  };
}

const HANDLED: Record<string, keyof Answers> = { "sampling/createMessage": "sampling", "elicitation/create": "elicitation" };

/**
 * Answer what the engine holds for a person: through the test's function when it gave one, and
 * at once with "method not found" otherwise (nobody else will: a held request would only time
 * out, long after the test's own limit). Returns the unsubscribe.
 */
export function answerHeldRequests(engine: Engine, answers: Answers = {}): () => void {
  const seen = new Set<string>();
  const answerNew = (pending: readonly PendingServerRequest[]) => {
    for (const p of pending) {
      if (seen.has(p.pendingId)) continue;
      seen.add(p.pendingId);
      void answerOne(engine, p, handlerFor(answers, p.method));
    }
  };
  // What arrived while connecting is held already.
  answerNew(engine.getState().pending);
  return engine.onState((state) => answerNew(state.pending));
}

function handlerFor(a: Answers, method: string): ServerRequestHandler | undefined {
  const key = HANDLED[method];
  const h = key ? a[key] : undefined;
  return typeof h === "function" ? h : undefined;
}

async function answerOne(engine: Engine, p: PendingServerRequest, handler: ServerRequestHandler | undefined): Promise<void> {
  let reply: Parameters<Engine["answer"]>[1];
  if (!handler) {
    reply = {
      error: { code: RpcErrorCode.MethodNotFound, message: `this test gave no answer for ${p.method} (connect's answers option)` },
    };
  } else {
    try {
      const result = await handler({ method: p.method, params: isObject(p.params) ? p.params : {} });
      reply = isObject(result)
        ? { result }
        : { error: { code: RpcErrorCode.InternalError, message: `the test's ${p.method} answer returned no object` } };
    } catch (e) {
      reply = { error: { code: RpcErrorCode.InternalError, message: e instanceof Error ? e.message : String(e) } };
    }
  }
  // It may have timed out or been cancelled meanwhile: nothing left to answer.
  await engine.answer(p.pendingId, reply).catch(() => undefined);
}

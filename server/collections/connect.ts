import type { AnswerRules, Collection } from "../../lib/collections/schema";
import { cannedAnswer } from "../../lib/answers/canned";
import { standingAnswer } from "../../lib/answers/standing";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import { connectHeadless, type HeadlessSession } from "../headless/connect";
import type { SessionSnapshot } from "../record/session-file";
import { connectFailure } from "../test-library/failure";
import { answerHeldRequests } from "../test-library/server-requests";
import { HarnessSession } from "../test-library/session";
import { VERSION } from "../paths";
import type { ModelEvent } from "../../lib/model/events";

/** A session for `inspector test`: the library's session over the CLI's target and flags, answering by each step's rules. */
export interface CollectionSession {
  session: HarnessSession;
  /** Put a step's answer rules in force (undefined: none). */
  setAnswers(rules: AnswerRules | undefined): void;
  /** A model's event (an eval's answers, calls and HTTP exchanges) into this connection's record. */
  recordModel(e: ModelEvent): void;
  /** The record so far, for --save-session and the recording of a failed run. */
  snapshot(): SessionSnapshot;
  close(): Promise<void>;
}

const REQUEST_MS = 30_000;

/**
 * Connect as the headless commands do (the same flags, auth and time limits), offering sampling,
 * elicitation and roots when some step answers them. Rejects with McpHarnessError when the
 * server cannot be reached (the command's exit 4).
 */
export async function connectForCollections(hs: HeadlessSession, collections: readonly Collection[]): Promise<CollectionSession> {
  const rules = collections.flatMap((c) => c.steps.flatMap((s) => (s.answer ? [s.answer] : [])));
  const capabilities = {
    ...hs.capabilities,
    sampling: hs.capabilities.sampling || rules.some((r) => r.sampling),
    elicitationForm: hs.capabilities.elicitationForm || rules.some((r) => r.elicitation),
    // As the headless commands offer it (capabilitiesFor): an elicitation answer answers either mode.
    elicitationUrl: hs.capabilities.elicitationUrl || rules.some((r) => r.elicitation),
    roots: hs.capabilities.roots || rules.some((r) => r.roots),
  };
  // A server may read the roots once, right after the handshake (the everything server does, and
  // fetches them again only some time after roots/list_changed): the first roots a step gives are
  // in force from the start, so that step sees them.
  const roots = hs.answers.roots?.length ? hs.answers.roots : rules.find((r) => r.roots)?.roots;
  const answers = roots ? { ...hs.answers, roots } : hs.answers;
  // --sampling model answers here, after the step's own sampling rules, not beside them.
  const { samplingModel, ...rest } = hs;
  const { engine, record, state, release } = await connectHeadless(
    { name: "mcp-inspector-harness", version: VERSION },
    { ...rest, answers, capabilities },
  );
  const model =
    samplingModel &&
    (await import("../model")).openModel(samplingModel.spec, {
      keys: samplingModel.keys,
      onEvent: (m) => void record.append({ kind: "model", model: m }),
    });
  const snapshot = () => ({ target: hs.target, state: engine.getState(), entries: record.since(0) });
  if (state.status !== "connected") {
    const failure = connectFailure("connect", state.error);
    await engine.close().catch(() => undefined);
    release();
    throw Object.assign(failure, { snapshot: snapshot() });
  }
  let current: AnswerRules | undefined;
  const stop = answerHeldRequests(engine, {
    sampling: async (req) => {
      const found =
        current?.sampling &&
        cannedAnswer(
          current.sampling.map((r) => ({ model: "", ...r })),
          req.params,
        );
      if (!found && model) return (await import("../model")).answerSampling(model, req.params);
      if (!found) throw new Error("no sampling rule of this step matches the request (answer: sampling:, or --sampling model)");
      return found.result;
    },
    elicitation: (req) => {
      const e = current?.elicitation;
      if (!e) throw new Error("this step gives no elicitation answer (answer: elicitation:)");
      if (typeof e === "object") return { action: "accept", content: e.accept };
      const reply = standingAnswer(req.method, req.params, { ...DEFAULT_ANSWERS, elicitation: e });
      if (!reply || "error" in reply) throw new Error(reply?.error.message ?? "no answer");
      return reply.result;
    },
  });
  const session = new HarnessSession({
    engine,
    record,
    target: hs.target,
    state,
    requestMs: hs.timeouts.requestMs || REQUEST_MS,
    release: () => {
      stop();
      release();
    },
  });
  return {
    session,
    setAnswers: (r) => (current = r),
    recordModel: (model) => void record.append({ kind: "model", model }),
    snapshot,
    close: () => session.close(),
  };
}

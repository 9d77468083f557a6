import { Engine } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import type { StandingAnswersPatch } from "../../lib/wire/answers";
import type { OfferedCapabilities, Target, Timeouts } from "../../lib/target/target";
import type { SessionState } from "../../lib/wire/session-state";

/**
 * What a headless run (--cli, check) connects with: the target, the standing answers for the
 * server's requests (from --root, --sampling, --elicitation) and the capabilities that follow
 * from them (a capability is offered only when something can answer it without a person), and
 * the time limits.
 */
export interface HeadlessSession {
  target: Target;
  answers: StandingAnswersPatch;
  capabilities: OfferedCapabilities;
  timeouts: Partial<Timeouts>;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Offer only what the standing answers can answer. */
export function capabilitiesFor(answers: StandingAnswersPatch): OfferedCapabilities {
  const elicits = answers.elicitation !== undefined && answers.elicitation !== "ask";
  return { sampling: answers.sampling?.enabled === true, elicitationForm: elicits, elicitationUrl: elicits, roots: (answers.roots?.length ?? 0) > 0, tasks: false };
}

/** A session with no answers: the client offers nothing it could not answer. */
export function bareSession(target: Target): HeadlessSession {
  return { target, answers: {}, capabilities: capabilitiesFor({}), timeouts: {} };
}

/** A fresh engine and record, connected (or failed) with the session's answers in force first. */
export async function connectHeadless(name: string, s: HeadlessSession): Promise<{ engine: Engine; record: RecordStore; state: SessionState }> {
  const record = new RecordStore();
  const engine = new Engine(record, { name, version: VERSION });
  engine.setAnswers(s.answers);
  const state = await engine.connect({ target: s.target, capabilities: s.capabilities, timeouts: s.timeouts });
  return { engine, record, state };
}

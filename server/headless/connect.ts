import { Engine, type EngineOptions, type FaultListener } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import type { StandingAnswersPatch } from "../../lib/answers/schema";
import type { AuthSettings, OfferedCapabilities, ProtocolEraChoice, Target, Timeouts } from "../../lib/target/target";
import type { CallbackServer } from "../auth/callback-server";
import type { SessionState } from "../../lib/session/state";
import type { ModelSpec } from "../../lib/model/spec";
import type { ModelEvent } from "../../lib/model/events";
import type { KeyStore } from "../model/keys";
import type { EarlyTarget } from "../engine/spawn-target";

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
  /** Which protocol era to speak (default auto). */
  protocolEra?: ProtocolEraChoice;
  /** MCP authorization for an HTTP target (mode browser: a person logs in; auto: no person). */
  auth?: AuthSettings;
  /** A login URL for the person: open it (the launcher opens the browser and prints it). */
  onLogin?: (url: string) => void;
  /** `--sampling model`: sampling requests no canned rule answers go to this model, its traffic into the record. */
  samplingModel?: { spec: ModelSpec; keys: KeyStore };
  /** The target, started while the command loaded (commands/shared/early-target.ts): adopted if it is this one, killed if not. */
  early?: EarlyTarget;
  /** Told of each request a fault below MCP ends, as it ends (the commands say it on stderr). */
  onFault?: FaultListener;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Offer only what the standing answers can answer. */
export function capabilitiesFor(answers: StandingAnswersPatch): OfferedCapabilities {
  const elicits = answers.elicitation !== undefined && answers.elicitation !== "ask";
  return {
    sampling: answers.sampling?.enabled === true,
    elicitationForm: elicits,
    elicitationUrl: elicits,
    roots: (answers.roots?.length ?? 0) > 0,
    tasks: false,
    apps: false,
  };
}

/** A session with no answers: the client offers nothing it could not answer. */
export function bareSession(target: Target): HeadlessSession {
  return { target, answers: {}, capabilities: capabilitiesFor({}), timeouts: {} };
}

/** How long a headless run waits for a person's login before it gives up (exit 3). */
const LOGIN_WAIT_MS = 5 * 60_000;

/** A fresh engine and record, connected (or failed) with the session's answers in force first. */
export async function connectHeadless(
  client: string | { name: string; version: string },
  s: HeadlessSession,
  engineOptions: EngineOptions = {},
): Promise<{ engine: Engine; record: RecordStore; state: SessionState; release(): void }> {
  const record = new RecordStore();
  const engine = new Engine(record, typeof client === "string" ? { name: client, version: VERSION } : client, engineOptions);
  engine.setAnswers(s.answers);
  if (s.onFault) engine.onFault(s.onFault);
  // Loaded only when asked for: the AI SDK is not part of a run that does not use a model.
  let stopModel: (() => void) | undefined;
  if (s.samplingModel) {
    const { openModel, answerSamplingWithModel } = await import("../model");
    const recordModel = (model: ModelEvent) => void record.append({ kind: "model", model });
    const client = openModel(s.samplingModel.spec, { keys: s.samplingModel.keys, onEvent: recordModel });
    stopModel = answerSamplingWithModel(engine, client, recordModel);
  }
  let callback: CallbackServer | undefined;
  if (s.target.transport !== "stdio" && (s.auth?.mode ?? "browser") === "browser") {
    // Loaded here: a stdio or in-process target (every test library first call's) never logs in (issue 49).
    const { startCallbackServer } = await import("../auth/callback-server");
    callback = await startCallbackServer(s.auth?.redirectUri, (query) => engine.authorization.finish(query));
    engine.authorization.callbackUrl = callback.url;
    let shown: string | undefined;
    engine.onState((st) => {
      const url = st.authorization?.pendingUrl;
      if (url && url !== shown) s.onLogin?.((shown = url));
    });
  }
  let state = await engine.connect(
    {
      target: s.target,
      protocolEra: s.protocolEra,
      capabilities: s.capabilities,
      timeouts: s.timeouts,
      auth: s.auth && { ...s.auth, redirectUri: s.auth.redirectUri ?? callback?.url },
    },
    { early: s.early },
  );
  // The connect gave up waiting for the person's login; the engine connects again once they are back.
  if (state.status === "failed" && state.authorization?.pendingUrl) state = await settled(engine, LOGIN_WAIT_MS);
  return {
    engine,
    record,
    state,
    release: () => {
      stopModel?.();
      callback?.close();
    },
  };
}

/** The next state that is connected or failed, or the current one after `ms`. */
function settled(engine: Engine, ms: number): Promise<SessionState> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(engine.getState()), ms);
    const off = engine.onState((st) => {
      if (st.status === "connected" || (st.status === "failed" && !st.authorization?.pendingUrl)) done(st);
    });
    function done(st: SessionState) {
      clearTimeout(timer);
      off();
      resolve(st);
    }
  });
}

import { Engine, type EngineOptions } from "../engine";
import { RecordStore } from "../record/store";
import type { StandingAnswersPatch } from "../../lib/answers/schema";
import type { AuthSettings, OfferedCapabilities, ProtocolEraChoice, Target, Timeouts } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import type { ModelSpec } from "../../lib/model/spec";
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
    samplingModel?: {
        spec: ModelSpec;
        keys: KeyStore;
    };
    /** The target, started while the command loaded (commands/shared/early-target.ts): adopted if it is this one, killed if not. */
    early?: EarlyTarget;
}
export interface Io {
    out(text: string): void;
    err(text: string): void;
}
/** Offer only what the standing answers can answer. */
export declare function capabilitiesFor(answers: StandingAnswersPatch): OfferedCapabilities;
/** A session with no answers: the client offers nothing it could not answer. */
export declare function bareSession(target: Target): HeadlessSession;
/** A fresh engine and record, connected (or failed) with the session's answers in force first. */
export declare function connectHeadless(client: string | {
    name: string;
    version: string;
}, s: HeadlessSession, engineOptions?: EngineOptions): Promise<{
    engine: Engine;
    record: RecordStore;
    state: SessionState;
    release(): void;
}>;

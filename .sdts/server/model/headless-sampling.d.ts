import type { ModelEvent } from "../../lib/model/events";
import type { SessionState } from "../../lib/session/state";
import type { JsonRpcError } from "../../lib/wire/protocol";
import type { ModelClient } from "./open";
/** The part of the engine this needs: its held requests and a way to answer them. */
export interface HeldRequestSource {
    getState(): SessionState;
    onState(listener: (s: SessionState) => void): () => void;
    answer(pendingId: string, reply: {
        result?: Record<string, unknown>;
        error?: JsonRpcError;
    }): Promise<void>;
}
/**
 * `--sampling model` (headless: --cli, check, test): every sampling/createMessage the standing
 * answers leave waiting is put to the model and its answer sent, with no person to approve it
 * (the flag is that approval, for CI). Each answer is a `sampling` model event; a model that
 * cannot answer gets the server a JSON-RPC error with the provider's words, keys masked.
 * Returns a function that stops answering.
 */
export declare function answerSamplingWithModel(engine: HeldRequestSource, client: ModelClient, onEvent: (e: ModelEvent) => void): () => void;

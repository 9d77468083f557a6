import type { ModelEvent } from "../../lib/model/events";
import { RpcErrorCode } from "../../lib/protocol/error-codes";
import type { PendingServerRequest, SessionState } from "../../lib/session/state";
import type { JsonRpcError } from "../../lib/wire/protocol";
import type { ModelClient } from "./open";
import { answerSampling } from "./sampling";

/** The part of the engine this needs: its held requests and a way to answer them. */
export interface HeldRequestSource {
  getState(): SessionState;
  onState(listener: (s: SessionState) => void): () => void;
  answer(pendingId: string, reply: { result?: Record<string, unknown>; error?: JsonRpcError }): Promise<void>;
}

/**
 * `--sampling model` (headless: --cli, check, test): every sampling/createMessage the standing
 * answers leave waiting is put to the model and its answer sent, with no person to approve it
 * (the flag is that approval, for CI). Each answer is a `sampling` model event; a model that
 * cannot answer gets the server a JSON-RPC error with the provider's words, keys masked.
 * Returns a function that stops answering.
 */
export function answerSamplingWithModel(engine: HeldRequestSource, client: ModelClient, onEvent: (e: ModelEvent) => void): () => void {
  const seen = new Set<string>();
  const answerNew = (pending: readonly PendingServerRequest[]) => {
    for (const p of pending) {
      if (p.method !== "sampling/createMessage" || seen.has(p.pendingId)) continue;
      seen.add(p.pendingId);
      void answerOne(engine, client, p, onEvent);
    }
  };
  answerNew(engine.getState().pending);
  return engine.onState((s) => answerNew(s.pending));
}

async function answerOne(engine: HeldRequestSource, client: ModelClient, p: PendingServerRequest, report: (e: ModelEvent) => void) {
  const mask = (s: string) => client.keys?.mask(s) ?? s;
  const onEvent = (e: ModelEvent) => report(client.keys ? client.keys.maskDeep(e) : e);
  try {
    const answer = await answerSampling(client, p.params);
    // It may have timed out or been cancelled meanwhile: then nothing went out.
    const sent = await engine.answer(p.pendingId, { result: answer }).then(
      () => true,
      () => false,
    );
    onEvent({ type: "sampling", requestSeq: p.seq, label: client.label, text: answer.content.text, sent });
  } catch (e) {
    const message = mask(`${client.label} could not answer this sampling request: ${e instanceof Error ? e.message : String(e)}`);
    onEvent({ type: "sampling", requestSeq: p.seq, label: client.label, text: message, sent: false });
    await engine.answer(p.pendingId, { error: { code: RpcErrorCode.InternalError, message } }).catch(() => undefined);
  }
}

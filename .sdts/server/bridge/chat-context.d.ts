import type { ChatContext } from "../../lib/wire/chat";
/** A request to the target, as the chat needs it: the raw result (a JSON-RPC error rejects). */
export type SendRequest = (method: string, params: Record<string, unknown>) => Promise<unknown>;
/**
 * The person's message as the model gets it: the context they added (read from the server now,
 * so the timeline shows each read), then their words. A context that cannot be read is said so.
 */
export declare function withContext(send: SendRequest, text: string, context?: readonly ChatContext[]): Promise<string>;

import type { ModelMessage } from "ai";
import type { ModelEvent } from "../../lib/model/events";
/**
 * A conversation as the model sees it on its next turn, rebuilt from its recorded events: the
 * person's messages, the model's answers with their tool calls, and each call's result (or that
 * the person denied it). The record is the one source, so a conversation reproduced from a
 * recording continues where it was, without asking the model its old answers again.
 */
export declare function messagesOf(events: readonly ModelEvent[], conversation: string): ModelMessage[];

import * as z from "zod";
import type { CommandType } from "./protocol";
import { RequestOutcomeSchema, ToolCallOutcomeSchema } from "./outcomes";
import { ResourceSubscriptionSchema, SessionStateSchema } from "../session/state";
import { ReplayReportSchema } from "../session/replay-result";
import { CollectionReplySchemas } from "./collections";
import { ChatReplySchemas } from "./chat";
import { ServerReplySchemas } from "./servers";
import { HubReplySchemas } from "./hub";
import { replyByHand } from "./hand-checks";
import { AppSourceMapReplySchema } from "../apps/app-frames";

/**
 * The reply of every command, as a schema: the backend parses what it is about to send, the
 * client parses what it receives against the schema of the command it sent, and `command()`
 * is typed by it. A target's result stays `unknown` (only the envelope is checked, so a 20 MiB
 * result costs nothing to validate).
 */
export const ReplySchemas = {
  hello: z.object({ firstSeq: z.number().int(), lastSeq: z.number().int() }),
  connect: SessionStateSchema,
  disconnect: SessionStateSchema,
  restart: SessionStateSchema,
  "save-session": z.object({ file: z.string(), entries: z.number().int().nonnegative(), findings: z.number().int().nonnegative() }),
  request: RequestOutcomeSchema,
  notify: z.null(),
  "call-tool": ToolCallOutcomeSchema,
  // A tool call's outcome carries its verdict; a plain request's does not.
  outcome: z.union([ToolCallOutcomeSchema, RequestOutcomeSchema]),
  cancel: z.null(),
  replay: ReplayReportSchema,
  "set-answers": SessionStateSchema,
  "forget-authorization": SessionStateSchema,
  "new-tab-link": z.object({ link: z.string().startsWith("/") }),
  "subscribe-resource": ResourceSubscriptionSchema,
  "unsubscribe-resource": ResourceSubscriptionSchema.nullable(),
  answer: z.null(),
  "app-message": z.object({ seq: z.number().int().positive() }),
  "app-source-map": AppSourceMapReplySchema,
  ...CollectionReplySchemas,
  ...ChatReplySchemas,
  ...ServerReplySchemas,
  ...HubReplySchemas,
} satisfies { [K in CommandType]: z.ZodType };

/** What a command of this type replies with. */
export type ReplyOf<K extends CommandType> = z.infer<(typeof ReplySchemas)[K]>;

/** Check a reply against its command's schema: the parsed reply, or in words why it does not fit. */
export function parseReply<K extends CommandType>(
  type: K,
  value: unknown,
): { ok: true; reply: ReplyOf<K> } | { ok: false; message: string } {
  // A call's outcome is checked by hand when it plainly fits; anything else, zod decides (and words).
  const quick = replyByHand(type, value);
  if (quick) return { ok: true, reply: quick as ReplyOf<K> };
  const parsed = ReplySchemas[type].safeParse(value);
  if (parsed.success) return { ok: true, reply: parsed.data as ReplyOf<K> };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  return { ok: false, message: `the reply to ${type} does not fit its schema${where}: ${issue?.message ?? "unknown shape"}` };
}

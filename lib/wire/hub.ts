import * as z from "zod";
import { SessionStateSchema } from "../session/state";

/**
 * Many taps on one page (issue 65, the hub). Two contracts: the page's commands to the hub
 * (`tap-sessions`, `tap-select`: which host's session this socket shows), and the link a tap
 * that joined streams its session on (docs/tap.md "One page for many taps").
 */

const cmd = { id: z.string().min(1).max(200) };

/** A session's key on the hub: the tap's pid and a random suffix. */
const SessionKeySchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.-]+$/);

export const HubCommandSchemas = [
  /** The sessions the hub shows, and the one this socket shows. A tap that is not a hub refuses it. */
  z.object({ ...cmd, type: z.literal("tap-sessions") }),
  /** Show this session on this socket: a `welcome` of that session follows (its record from the start). */
  z.object({ ...cmd, type: z.literal("tap-select"), key: SessionKeySchema }),
] as const;

export const HubSessionViewSchema = z.object({
  key: SessionKeySchema,
  /** The host's clientInfo title or name, once it sent initialize. */
  host: z.string().optional(),
  /** The server as the tap reaches it: its command line, or its URL. */
  server: z.string(),
  /** False once that tap's host went (its session stays readable while the hub lives). */
  live: z.boolean(),
  /** The tap's process. */
  pid: z.number().int(),
  /** The hub's own session (the tap that serves the page). */
  hub: z.boolean(),
});
export type HubSessionView = z.infer<typeof HubSessionViewSchema>;

export const HubSessionListSchema = z.object({
  /** The session this socket shows. */
  current: SessionKeySchema,
  sessions: z.array(HubSessionViewSchema),
});
export type HubSessionList = z.infer<typeof HubSessionListSchema>;

export const HubReplySchemas = {
  "tap-sessions": HubSessionListSchema,
  "tap-select": HubSessionListSchema,
} as const;

// --- The link: a tap that joined ↔ the hub (its own socket on the hub's /ws, behind the page's token) ---

export const HUB_LINK_VERSION = 1 as const;

/** How a hub of another version refuses a tap (which then keeps a page of its own). */
export const VERSION_REFUSAL = "the hub refused: this hub is version";

/** The tap's first frame: the hub's secret (from the hub file), and whose session this is. */
export const HubJoinSchema = z.object({
  type: z.literal("hub-join"),
  version: z.number().int(),
  /** The package version: taps of another version keep a page of their own. */
  inspectorVersion: z.string(),
  secret: z.string().min(1).max(200),
  key: SessionKeySchema,
  server: z.string().max(10_000),
  pid: z.number().int().positive(),
  /** Its session's state now (later ones follow as `hub-state`). */
  state: SessionStateSchema,
});
export type HubJoin = z.infer<typeof HubJoinSchema>;

/** The tap's frames after the join: its record (from where it left off), its state, its replies. */
export const TapLinkFrameSchema = z.discriminatedUnion("type", [
  /** Entries as the tap's record holds them (their own seqs); `firstSeq`: what the tap's record still holds. */
  z.object({ type: z.literal("hub-entries"), firstSeq: z.number().int(), entries: z.array(z.record(z.string(), z.unknown())) }),
  z.object({ type: z.literal("hub-state"), state: SessionStateSchema }),
  z.object({
    type: z.literal("hub-reply"),
    id: z.string().max(200),
    ok: z.boolean(),
    result: z.unknown().optional(),
    error: z.string().optional(),
  }),
]);
export type TapLinkFrame = z.infer<typeof TapLinkFrameSchema>;

/** The hub's frames to a tap: welcome (or refused), then the page's commands for that tap's session. */
export const HubLinkFrameSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("hub-welcome"),
    key: SessionKeySchema,
    /** The page with a one-time launch code (the joining tap prints it) that opens on this session. */
    launchUrl: z.string(),
    hubPid: z.number().int(),
  }),
  z.object({ type: z.literal("hub-refused"), reason: z.string() }),
  z.object({ type: z.literal("hub-command"), id: z.string().max(200), command: z.enum(["restart", "save-session"]) }),
]);
export type HubLinkFrame = z.infer<typeof HubLinkFrameSchema>;

import { tokenMatches } from "../bridge/security";
import type { Entry } from "../../lib/record/format";
import { HUB_LINK_VERSION, HubJoinSchema, TapLinkFrameSchema, type HubJoin } from "../../lib/wire/hub";
import { objectOr, stringOr } from "../../lib/json/shape";
import type { RemoteSession } from "./hub-remote";

/** The refusal of a join whose secret is not the hub's (the hub's log says so too). */
export const WRONG_SECRET = "wrong hub secret";

/**
 * A tap's first frame on the hub's socket, checked: the secret first (nothing else of a frame
 * without it is read), then the join's shape, then the versions (a tap of another version keeps
 * a page of its own: the page and the link must match).
 */
export function checkJoin(text: string, secret: string, version: string): { ok: true; join: HubJoin } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "the join is not JSON" };
  }
  const given = stringOr(objectOr(json)?.secret);
  if (!given) return { ok: false, reason: "no hub secret" };
  if (!tokenMatches(given, secret)) return { ok: false, reason: WRONG_SECRET };
  const parsed = HubJoinSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `not a join: ${parsed.error.issues[0]?.message}` };
  const j = parsed.data;
  if (j.version !== HUB_LINK_VERSION || j.inspectorVersion !== version)
    return {
      ok: false,
      reason: `this hub is version ${version} (link ${HUB_LINK_VERSION}); the tap is ${j.inspectorVersion} (link ${j.version})`,
    };
  return { ok: true, join: j };
}

/** A joined tap's frame, into its session's copy: entries, state, a reply to the page's command. */
export function applyTapFrame(remote: RemoteSession, text: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return;
  }
  const o = objectOr(json);
  // Entries are checked for shape and order only here (a flood's worth of zod on the hub's loop);
  // the page checks each against the record's schema, as it does every entry it gets.
  if (o?.type === "hub-entries") {
    const entries = Array.isArray(o.entries) ? (o.entries as Entry[]) : [];
    if (typeof o.firstSeq === "number" && entries.every((e) => Number.isInteger(objectOr(e)?.seq) && typeof objectOr(e)?.kind === "string"))
      remote.record.add(o.firstSeq, entries);
    return;
  }
  const parsed = TapLinkFrameSchema.safeParse(json);
  if (!parsed.success) return;
  const f = parsed.data;
  if (f.type === "hub-state") remote.setState(f.state);
  else if (f.type === "hub-reply") remote.reply(f.id, f.ok, f.result, f.error);
}

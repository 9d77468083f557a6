import type { RequestOptions } from "./requests";
import { asRecord, objectOr } from "../../lib/json/shape";

/** The `_meta` key a 2026-07-28 server stamps on what it sends on a listen: the listen's request id. */
export const SUBSCRIPTION_ID_META_KEY = "io.modelcontextprotocol/subscriptionId";

/**
 * A day: a subscriptions/listen stays open until the engine ends it, so its time limit must not
 * end it first (a listen is answered only when the server closes it).
 */
export const LISTEN_TIMEOUT_MS = 24 * 60 * 60_000;

/** The time limits of a subscriptions/listen: neither idle time nor progress ends it early. */
export const LISTEN_TIMING: RequestOptions = {
  timeoutMs: LISTEN_TIMEOUT_MS,
  maxTotalTimeoutMs: LISTEN_TIMEOUT_MS,
  resetTimeoutOnProgress: false,
};

/** The list_changed filter to listen for: only the lists whose capability declares listChanged (undefined: none). */
export function listChangedFilter(caps: Record<string, unknown> | undefined): Record<string, true> | undefined {
  const filter: Record<string, true> = {};
  for (const [cap, flag] of [
    ["tools", "toolsListChanged"],
    ["prompts", "promptsListChanged"],
    ["resources", "resourcesListChanged"],
  ] as const) {
    if (asRecord(caps?.[cap]).listChanged === true) filter[flag] = true;
  }
  return Object.keys(filter).length ? filter : undefined;
}

/** The subscription id a notification on a listen carries (its listen's request id), if any. */
export function subscriptionIdOf(params: Record<string, unknown> | undefined): unknown {
  const meta = params?._meta;
  return meta && typeof meta === "object" ? (meta as Record<string, unknown>)[SUBSCRIPTION_ID_META_KEY] : undefined;
}

/** The resource URIs an acknowledgment says the server honors. */
export function honoredUris(params: Record<string, unknown> | undefined): string[] {
  const n = objectOr(params?.notifications);
  return Array.isArray(n?.resourceSubscriptions) ? n.resourceSubscriptions.filter((u): u is string => typeof u === "string") : [];
}

import * as z from "zod";

/**
 * What a server offers a client, as seen by one client: the negotiation (protocol version,
 * capabilities, serverInfo, instructions) and the four listings. Built from a session file's
 * entries or from a live listing; `inspector diff` compares two of them.
 */
export const LIST_KINDS = ["tools", "resources", "resourceTemplates", "prompts"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** The list method of each kind, the key its result holds the items under, and what names an item. */
export const LIST_SPECS: Record<ListKind, { method: string; key: string; id: string; capability: string; noun: string }> = {
  tools: { method: "tools/list", key: "tools", id: "name", capability: "tools", noun: "tool" },
  resources: { method: "resources/list", key: "resources", id: "uri", capability: "resources", noun: "resource" },
  resourceTemplates: {
    method: "resources/templates/list",
    key: "resourceTemplates",
    id: "uriTemplate",
    capability: "resources",
    noun: "resource template",
  },
  prompts: { method: "prompts/list", key: "prompts", id: "name", capability: "prompts", noun: "prompt" },
};

const ItemSchema = z.record(z.string(), z.unknown());
export type SurfaceItem = z.infer<typeof ItemSchema>;

/** A kind is compared only when both sides know it in full: a recording may never have listed prompts. */
export const ListStateSchema = z.discriminatedUnion("listed", [
  z.object({ listed: z.literal(true), items: z.array(ItemSchema), problem: z.string().optional() }),
  z.object({ listed: z.literal(false), why: z.string() }),
]);
export type ListState = z.infer<typeof ListStateSchema>;

export const SurfaceSchema = z.object({
  /** The file or the target, as the person named it. */
  label: z.string(),
  origin: z.enum(["session", "live"]),
  transport: z.enum(["stdio", "http", "sse"]),
  protocolVersion: z.string().optional(),
  requestedProtocolVersion: z.string().optional(),
  /** What the client offered at initialize: a server may show more to a client that offers more. */
  clientCapabilities: z.record(z.string(), z.unknown()).optional(),
  capabilities: z.record(z.string(), z.unknown()),
  serverInfo: z.record(z.string(), z.unknown()),
  instructions: z.string().optional(),
  lists: z.object({ tools: ListStateSchema, resources: ListStateSchema, resourceTemplates: ListStateSchema, prompts: ListStateSchema }),
});
export type Surface = z.infer<typeof SurfaceSchema>;

/** The negotiated half of a surface, as the engine's state or a session file carries it. */
export interface NegotiationLike {
  protocolVersion?: string;
  requestedProtocolVersion?: string;
  serverCapabilities: Record<string, unknown>;
  clientCapabilities?: Record<string, unknown>;
  serverInfo: Record<string, unknown>;
  instructions?: string;
}

/** A full listing of one kind (every page), or why there is none. */
export type Listed = { items: SurfaceItem[]; problem?: string } | { error: string };

/** Build a surface from a live connection's negotiation and its listings (missing kinds: see `listState`). */
export function surfaceFromListings(
  head: { label: string; origin: Surface["origin"]; transport: Surface["transport"] },
  n: NegotiationLike,
  listings: Partial<Record<ListKind, Listed>>,
): Surface {
  const lists = {} as Surface["lists"];
  for (const kind of LIST_KINDS) lists[kind] = listState(kind, n.serverCapabilities, listings[kind]);
  return {
    ...head,
    protocolVersion: n.protocolVersion || undefined,
    requestedProtocolVersion: n.requestedProtocolVersion || undefined,
    clientCapabilities: n.clientCapabilities,
    capabilities: n.serverCapabilities,
    serverInfo: n.serverInfo,
    instructions: n.instructions,
    lists,
  };
}

/**
 * A server that does not declare a capability has none of its items (the spec forbids listing
 * them), so that kind is known and empty; a declared kind is known only when it was listed.
 */
export function listState(kind: ListKind, capabilities: Record<string, unknown>, listed: Listed | undefined): ListState {
  if (!(LIST_SPECS[kind].capability in capabilities)) return { listed: true, items: [] };
  if (!listed) return { listed: false, why: `${LIST_SPECS[kind].method} was not called` };
  if ("error" in listed) return { listed: false, why: `${LIST_SPECS[kind].method} failed: ${listed.error}` };
  return { listed: true, items: listed.items, ...(listed.problem ? { problem: listed.problem } : {}) };
}

/** The key an item is known by: tools and prompts by name, resources by uri, templates by uriTemplate. */
export function itemId(kind: ListKind, item: SurfaceItem): string {
  const v = item[LIST_SPECS[kind].id];
  return typeof v === "string" ? v : JSON.stringify(item);
}

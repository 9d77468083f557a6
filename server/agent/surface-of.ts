import { RpcError } from "../engine";
import { asRecord } from "../../lib/json/shape";
import { describeTarget } from "../../lib/target/target";
import { LIST_KINDS, LIST_SPECS, surfaceFromListings, type ListKind, type Listed, type Surface, type SurfaceItem } from "../../lib/surface";
import type { AgentConnection } from "./connection";

const MAX_PAGES = 100;

/**
 * The surface of a connection that is up: its negotiation and every list it declares (all pages),
 * as `inspector diff` reads a live side (server/headless/live-surface.ts), but over the agent's
 * own connection, so a restart can say what changed since the last one.
 */
export async function surfaceOf(c: AgentConnection): Promise<Surface | undefined> {
  const n = c.state().negotiated;
  if (c.state().status !== "connected" || !n) return undefined;
  const listings: Partial<Record<ListKind, Listed>> = {};
  for (const kind of LIST_KINDS) {
    const spec = LIST_SPECS[kind];
    if (!(spec.capability in n.serverCapabilities)) continue;
    try {
      listings[kind] = { items: await listAll(c, spec.method, spec.key) };
    } catch (e) {
      listings[kind] = { error: e instanceof RpcError ? `JSON-RPC error ${e.rpc.code}: ${e.rpc.message}` : (e as Error).message };
    }
  }
  const label = c.target ? describeTarget(c.target) : c.name;
  return surfaceFromListings({ label, origin: "live", transport: c.target?.transport ?? "stdio" }, n, listings);
}

async function listAll(c: AgentConnection, method: string, key: string): Promise<SurfaceItem[]> {
  const items: SurfaceItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { result } = await c.request(method, cursor ? { cursor } : undefined);
    const got = asRecord(result)[key];
    if (Array.isArray(got)) items.push(...(got as SurfaceItem[]));
    const next = asRecord(result).nextCursor;
    if (typeof next !== "string" || !next || next === cursor) break;
    cursor = next;
  }
  return items;
}

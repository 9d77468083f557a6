import { Engine, RpcError } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import { listAll } from "./listing";
import { describeTarget, type OfferedCapabilities, type Target } from "../../lib/target/target";
import { LIST_KINDS, LIST_SPECS, surfaceFromListings, type ListKind, type Listed, type Surface } from "../../lib/surface";

/**
 * Connect to a live target and read its surface: the negotiation and every list it declares,
 * each followed through all its pages. Offers `capabilities` at initialize (a server may show
 * more tools to a client that offers sampling), then disconnects.
 */
export async function liveSurface(
  target: Target,
  capabilities: OfferedCapabilities,
  label = describeTarget(target),
): Promise<{ ok: true; surface: Surface } | { ok: false; message: string }> {
  const engine = new Engine(new RecordStore(), { name: "mcp-inspector-harness-diff", version: VERSION });
  try {
    const state = await engine.connect({ target, capabilities });
    if (state.status !== "connected" || !state.negotiated)
      return { ok: false, message: `could not connect to ${label}: ${state.error?.message ?? "no connection"}` };
    const n = state.negotiated;
    const listings: Partial<Record<ListKind, Listed>> = {};
    for (const kind of LIST_KINDS) {
      const spec = LIST_SPECS[kind];
      if (!(spec.capability in n.serverCapabilities)) continue;
      try {
        const l = await listAll(engine, spec.method, spec.key);
        listings[kind] = { items: l.items, ...(l.problem ? { problem: l.problem } : {}) };
      } catch (e) {
        listings[kind] = { error: e instanceof RpcError ? `JSON-RPC error ${e.rpc.code}: ${e.rpc.message}` : (e as Error).message };
      }
    }
    const surface = surfaceFromListings(
      { label, origin: "live", transport: target.transport },
      { ...n, serverCapabilities: n.serverCapabilities },
      listings,
    );
    return { ok: true, surface };
  } finally {
    await engine.close();
  }
}

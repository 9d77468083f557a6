import type { RecordStore } from "../record/store";
import { LIST_KINDS, LIST_SPECS, type ListKind, type Listed, type NegotiationLike, type SurfaceDiff } from "../../lib/surface";
import { asRecord } from "../../lib/json/shape";
import type { HandshakeGate } from "./handshake-gate";
import { listChangedAfterRestart } from "./list-changed";
import type { TapRecorder } from "./recorder";

/** Pages of one list the tap follows after a restart (a server that pages forever must not hold the host). */
const MAX_PAGES = 20;
/**
 * All the lists of one restart take at most this long: the host's requests wait meanwhile, and a
 * server answering each page just inside the gate's 10 s held them for minutes (red-team 7).
 */
export const LISTS_BUDGET_MS = 15_000;

/** The negotiation of an initialize result, as the surface compare takes it. */
export function negotiationOf(
  result: Record<string, unknown> | undefined,
  hostParams: Record<string, unknown> | undefined,
): NegotiationLike {
  const r = asRecord(result);
  return {
    protocolVersion: typeof r.protocolVersion === "string" ? r.protocolVersion : undefined,
    serverCapabilities: asRecord(r.capabilities),
    clientCapabilities: asRecord(hostParams?.capabilities),
    serverInfo: asRecord(r.serverInfo),
    instructions: typeof r.instructions === "string" ? r.instructions : undefined,
  };
}

/** Every page of one list from the restarted server, through the gate (the tap's own ids). */
async function listAll(gate: Pick<HandshakeGate, "request">, kind: ListKind, deadline: number): Promise<Listed> {
  const { method, key } = LIST_SPECS[kind];
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    if (performance.now() > deadline) return { error: `${method} was cut: the restart's lists ran out of time` };
    const answer = await gate.request(method, cursor ? { cursor } : {});
    if (!answer) return { error: `${method} was not answered` };
    if (!("result" in answer)) return { error: `${method} answered an error` };
    const result = asRecord(answer.result);
    const got = result[key];
    if (Array.isArray(got)) items.push(...got.map((i) => asRecord(i)));
    cursor = typeof result.nextCursor === "string" ? result.nextCursor : undefined;
    if (!cursor) return { items };
  }
  return { items, problem: `more than ${MAX_PAGES} pages` };
}

/**
 * What a restart sends the host: the list_changed of each kind the host had listed and that is
 * different now. `onDiff` gets the surface diff (the page shows it). `upToSeq`: the record's last
 * seq when the restart began; what is recorded later (a list the host asked of the new server, the
 * tap's own) is not "before", however the recorder's writes fell against this await.
 */
export function restartLists(record: RecordStore, recorder: TapRecorder, onDiff?: (d: SurfaceDiff) => void, budgetMs = LISTS_BUDGET_MS) {
  return async (
    gate: Pick<HandshakeGate, "request">,
    newResult: Record<string, unknown> | undefined,
    upToSeq?: number,
  ): Promise<string[]> => {
    const params = recorder.hostInitialize?.params;
    const after = negotiationOf(newResult, params);
    const fresh: Partial<Record<ListKind, Listed>> = {};
    const deadline = performance.now() + budgetMs;
    for (const kind of LIST_KINDS)
      if (LIST_SPECS[kind].capability in after.serverCapabilities) fresh[kind] = await listAll(gate, kind, deadline);
    const entries = record.since(0);
    const { notifications, diff } = listChangedAfterRestart(
      upToSeq === undefined ? entries : entries.filter((e) => e.seq <= upToSeq),
      negotiationOf(recorder.serverInitialize, params),
      after,
      fresh,
    );
    onDiff?.(diff);
    return notifications;
  };
}

import type { RecordStore } from "../record/store";
import { type NegotiationLike, type SurfaceDiff } from "../../lib/surface";
import type { HandshakeGate } from "./handshake-gate";
import type { TapRecorder } from "./recorder";
/**
 * All the lists of one restart take at most this long: the host's requests wait meanwhile, and a
 * server answering each page just inside the gate's 10 s held them for minutes (red-team 7).
 */
export declare const LISTS_BUDGET_MS = 15000;
/** The negotiation of an initialize result, as the surface compare takes it. */
export declare function negotiationOf(result: Record<string, unknown> | undefined, hostParams: Record<string, unknown> | undefined): NegotiationLike;
/**
 * What a restart sends the host: the list_changed of each kind the host had listed and that is
 * different now. `onDiff` gets the surface diff (the page shows it).
 */
export declare function restartLists(record: RecordStore, recorder: TapRecorder, onDiff?: (d: SurfaceDiff) => void, budgetMs?: number): (gate: Pick<HandshakeGate, "request">, newResult: Record<string, unknown> | undefined) => Promise<string[]>;

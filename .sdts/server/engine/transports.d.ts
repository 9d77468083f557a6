import { type Transport } from "@modelcontextprotocol/client";
import type { NewEntry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
import { type ExitInfo } from "./stdio-transport";
import { type EarlyTarget } from "./spawn-target";
import type { OAuthSession } from "../auth";
export interface TransportHooks {
    /** MCP authorization for an HTTP target: its fetch adds the token and runs the flow on 401. */
    oauth?: OAuthSession;
    record(entry: NewEntry): void;
    stderr(line: string): void;
    spawned(pid: number): void;
    exited(info: ExitInfo): void;
    /** A stdio target the launcher started before the engine loaded, adopted when it is this target. */
    early?: EarlyTarget;
    /**
     * True once the connection speaks 2026-07-28, which has no sessions: an Mcp-Session-Id a refused
     * 2025 initialize left in the SDK's transport is then not sent (the transport has no way to forget it).
     */
    sessionless?(): boolean;
}
/**
 * What the engine connects through. Every frame the transport receives reaches `hooks.record`
 * before it is delivered (a factory over a transport that does not record, like the SDK's
 * in-memory pair in tests, records in its onmessage).
 */
export interface OpenedTransport {
    transport: Transport;
    readonly pid: number | undefined;
    exitInfo(): ExitInfo | undefined;
    /** Wait (at most ms) for a dying process to finish reporting its exit and output. */
    settled(ms: number): Promise<void>;
    killNow(): void;
}
/** Builds the transport for a target; injected into the engine so tests can hand it an in-memory pair. */
export type TransportFactory = (target: Target, hooks: TransportHooks) => OpenedTransport;
/** Build the transport for a target, wired so that everything it sees reaches the record. */
export declare const openTransport: TransportFactory;

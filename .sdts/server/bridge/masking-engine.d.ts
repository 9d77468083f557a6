import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { ConnectSpecInput } from "../../lib/target/target";
import type { BridgeRecord } from "./ws-bridge";
/** What hides a configured server's values from the page, and puts them back in a connect (config-servers.ts). */
export interface StateMasker {
    masked(state: SessionState): SessionState;
    unmasked(spec: ConnectSpecInput): ConnectSpecInput;
    /** An entry as the page may see it (a server's stderr or answer that echoes a hidden value); the same object when nothing is hidden. */
    maskedEntry(entry: Entry): Entry;
}
/**
 * The engine as the bridge sees it: every session state it hands on has the configured server's
 * variable and header values hidden, and a connect from the page's form gets them back.
 */
export declare function maskingEngine<E extends object>(engine: E, servers: StateMasker): E;
/**
 * The record as the bridge sees it: each entry the page is sent goes through the same masker as
 * the state, so a value hidden there (one the host's file filled from the environment) is hidden
 * where the server echoes it too (its stderr, a result). The record itself keeps what crossed.
 */
export declare function maskingRecord(record: BridgeRecord, servers: StateMasker): BridgeRecord;

import type { Entry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import type { TargetInput } from "../test-library/types";
import type { McpAppConnectOptions } from "./types";
/** The inspector's backend in this process, connected to the server under test: the page it serves renders Apps. */
export interface AppBackend {
    /** The page's URL with its token. */
    pageUrl: string;
    target: Target;
    entries(since?: number): Entry[];
    /** Calls `listener` with each entry appended from now on; returns the unsubscribe. */
    subscribe(listener: (entry: Entry) => void): () => void;
    state(): SessionState;
    close(): Promise<void>;
}
/**
 * Start the backend as `npx inspector --no-open --port 0 <target>` does (the page, its App
 * sandbox origin, the engine, the socket), on loopback, then connect the target. A target that
 * does not connect rejects with McpHarnessError (the same kinds and words as connect()).
 */
export declare function startAppBackend(input: TargetInput, options?: McpAppConnectOptions): Promise<AppBackend>;

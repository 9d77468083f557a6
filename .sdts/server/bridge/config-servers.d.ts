import type { Engine } from "../engine";
import type { Command } from "../../lib/wire/protocol";
import type { ServerList } from "../../lib/wire/servers";
import type { SessionState } from "../../lib/session/state";
import type { Entry } from "../../lib/record/format";
import type { ConnectSpecInput, Target } from "../../lib/target/target";
import { type ConfigEnv } from "../../lib/target/config-file";
/** The server list's commands (lib/wire/servers.ts), as the bridge hands them on. */
export type ServersCommand = Extract<Command, {
    type: "servers-list" | "server-connect";
}>;
/** What the page sees in place of a configured server's environment value or header value. */
export declare const HIDDEN_VALUE = "\u2022\u2022\u2022\u2022 (kept by the inspector)";
export interface ConfigServersOptions {
    /** `--config FILE`: only its servers; absent: the host configurations found (hostConfigPaths). */
    configFile?: string;
    env: ConfigEnv;
    home?: string;
    cwd?: string;
    platform?: string;
}
/**
 * The page's server list (issue 65): reads the configuration files each time it is asked (a file
 * edited meanwhile shows its new servers), keeps each server's target here, and connects the
 * engine with it. The page gets names only for variables and headers: `view` drops the values,
 * and `masked` replaces them in the session state the page is sent.
 */
export declare class ConfigServers {
    private readonly engine;
    private readonly o;
    private held;
    private current?;
    /** Every value a connected server's entry filled from the environment: the record keeps earlier connections' frames too. */
    private readonly filledSeen;
    private hideSeen;
    constructor(engine: Pick<Engine, "connect" | "getState">, o: ConfigServersOptions);
    handle(cmd: ServersCommand): Promise<unknown>;
    /** The servers of the given file, or of every host configuration found. */
    list(): ServerList;
    private view;
    /** Connect to the server `key` names, refusing one the host would not start or that cannot start. */
    connect(key: string): Promise<SessionState>;
    private setCurrent;
    /**
     * An entry as the page may see it: a value a connected server's entry filled from the
     * environment, echoed on its stderr or in an answer, hidden as in the state (issue 71 part 5).
     * The same entry when none was filled (most sessions: no walk at all).
     */
    maskedEntry(entry: Entry): Entry;
    /**
     * The state as the page may see it: the configured server's variable and header values hidden,
     * and a filled value anywhere else in it (a failed connect's stderr tail) as in the record.
     */
    masked(state: SessionState): SessionState;
    private maskedTarget;
    /** A connect from the page's form with hidden values (the configured server, edited or not): the held values put back. */
    unmasked(spec: ConnectSpecInput): ConnectSpecInput;
}
/** Why the command cannot start here (not found on PATH, not a file, not executable), or undefined. */
export declare function commandMissing(t: Target & {
    transport: "stdio";
}, env: ConfigEnv): string | undefined;

import { type ConfigEnv } from "./config-file";
import { type ExpandContext } from "./expand";
import { type Host } from "./host-entry";
/** The fields a host applies to a server before a model sees its tools (Kimi Code names them so). */
export interface HostFilters {
    enabledTools?: string[];
    disabledTools?: string[];
    startupTimeoutMs?: number;
    toolTimeoutMs?: number;
    /** The variable whose value the host sends as a bearer token (its name, not the value). */
    bearerTokenEnvVar?: string;
}
/** What the readers need beyond the entry: the environment, the folders, and a way to read an envFile. */
export interface ReadContext extends Omit<ExpandContext, "env"> {
    env: ConfigEnv;
    /** Reads a file the entry names (VS Code's and Cursor's `envFile`); throws when it cannot. */
    readFile(path: string): string;
}
/** One server's entry as its host reads it, brought to the common `mcpServers` shape. */
export interface HostReading {
    /** command/args/env/cwd, or type/url/headers, variables filled. */
    entry: Record<string, unknown>;
    /** Values taken from the environment (or an envFile): masked in every report. */
    filled: string[];
    filters: HostFilters;
    enabled: boolean;
    skipped?: string;
    /** What the host does with a key other hosts honour (Claude Desktop has no `disabled`). */
    notes: string[];
    /** VS Code's `${input:ID}`: the host asks the person when it starts the server. */
    needsInput?: string;
}
/** Where each host keeps its servers, and how it fills variables. */
export declare const HOST_KEY: Record<Host, string>;
/** One entry of `host`'s file, read by that host's rules (throws ConfigError when it cannot start). */
export declare function readHostEntry(host: Host, raw: unknown, ctx: ReadContext, where: string, filled: string[]): HostReading;
/** Why the host would not start this entry, by the key it honours (Kiro's `disabled`; Kimi Code's and Codex's `enabled`), or undefined. */
export declare function skipOf(host: Host, e: Record<string, unknown>): string | undefined;

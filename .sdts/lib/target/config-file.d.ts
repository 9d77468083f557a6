import { type ProtocolEraChoice, type Target } from "./target";
/** The environment `${VAR}` reads from (process.env's shape, without Node's types). */
export type ConfigEnv = Readonly<Record<string, string | undefined>>;
/** A configuration file that cannot be read as one: its message names the file and, where one is at fault, the server. */
export declare class ConfigError extends Error {
    constructor(message: string);
}
/** One server of a configuration file: its target, or why it has none (each server stands alone). */
export type ConfiguredServer = {
    name: string;
    ok: true;
    target: Target;
    protocolEra?: ProtocolEraChoice;
    entry: Record<string, unknown>;
} | {
    name: string;
    ok: false;
    message: string;
    entry: Record<string, unknown>;
};
/** Parse a file's text as JSON, or say which file is not JSON. */
export declare function configJson(text: string, file: string): unknown;
/** The servers of one `mcpServers`-shaped object (a host's file may hold it under another key). */
export declare function serversOf(servers: Record<string, unknown>, file: string, env: ConfigEnv, whole?: unknown): ConfiguredServer[];
/** The one server a command or connect() names (`--server NAME`), or the only one: else ConfigError. */
export declare function targetFromConfig(text: string, file: string, serverName: string | undefined, env: ConfigEnv): {
    name: string;
    target: Target;
    protocolEra?: ProtocolEraChoice;
};
/** One entry (variables already expanded) as a target: a command, or a URL (http or https). */
export declare function entryToTarget(raw: unknown, where: string): Target;
/** Levels of nesting a server's entry may have: a real one has three or four (red-team 7: a deeper one overflowed the stack and hid every server). */
export declare const MAX_ENTRY_DEPTH = 64;
/** Expand ${VAR} and ${VAR:-default} in every string of a JSON value. */
export declare function expandVars(value: unknown, env: ConfigEnv, where: string, depth?: number): unknown;

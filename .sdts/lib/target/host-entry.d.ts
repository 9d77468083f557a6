/**
 * The hosts whose configuration the tap knows, and the entry each one takes for a stdio server:
 * the file it reads and the shape under it. `inspector tap --print-config` prints these; nothing
 * here writes a host's file.
 */
export declare const HOSTS: readonly ["claude-desktop", "claude-code", "cursor", "vscode", "kiro", "kimi", "gemini", "codex"];
export type Host = (typeof HOSTS)[number];
/** A host's name as people write it (the page's server list and check's notes say the same). */
export declare function hostLabel(host: Host): string;
export interface HostEntry {
    /** Where the host reads it (the project's file first, where it has one). */
    file: string;
    /** The JSON to merge into that file: the server's entry under the host's own key (Codex: the same as TOML, `toml` says how). */
    json: Record<string, unknown>;
    /** Codex CLI reads TOML: the entry is printed as a `[mcp_servers.NAME]` table. */
    toml?: true;
    /** A command that adds it instead, where the host has one. */
    command?: string;
}
/** A host's name as a person types it, or undefined (the caller lists HOSTS). */
export declare function hostOf(name: string): Host | undefined;
/** The entry for `name` running `command args…` (already the tap's command line) in `host`'s configuration. */
export declare function hostEntry(host: Host, name: string, command: string, args: readonly string[]): HostEntry;
/** Hosts that refuse a server name other than letters, digits, `-` and `_` (Claude Code's `claude mcp add`, Codex CLI's). */
export declare const NAME_RULES: Partial<Record<Host, RegExp>>;

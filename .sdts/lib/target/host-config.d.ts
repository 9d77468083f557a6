import { type ConfigEnv, type ConfiguredServer } from "./config-file";
import type { Host } from "./host-entry";
import { type HostFilters } from "./host-rules";
export type { HostFilters } from "./host-rules";
/** One file of a host's configuration, as read (the caller reads files; this is pure). */
export interface ConfigLayer {
    file: string;
    text: string;
    /** "user", "project", "workspace": what the host calls this layer. */
    scope: string;
    /** The folder the host opened (`${workspaceFolder}`, a relative envFile); default: the context's cwd. */
    workspace?: string;
}
/** What `${userHome}`, `${workspaceFolder}` and an envFile need; absent parts are empty (nothing read). */
export interface HostContext {
    home?: string;
    cwd?: string;
    sep?: string;
    readFile?: (path: string) => string;
}
/** One server as a host would see it: from which layer, whether it would start it, and its target or why not. */
export type HostServer = ConfiguredServer & {
    host: Host;
    /** The file (the layer) whose entry won. */
    file: string;
    scope: string;
    /** False when the host would not start it (`disabled: true`, `enabled: false`): `skipped` says why. */
    enabled: boolean;
    skipped?: string;
    filters: HostFilters;
    /** Values the host would fill from the environment or an envFile: every report masks them. */
    filled: string[];
    /** VS Code's `${input:ID}`: the person is asked when the host starts it, so it is not started here. */
    needsInput?: string;
    /** What the host does with a key another host honours. */
    notes: string[];
};
/**
 * The servers of a host's configuration, its layers merged as the host merges them: `layers` go
 * lowest first (the user's, then the project's or workspace's), and a server named in a higher
 * layer replaces the lower one's entry whole (Claude Code: project .mcp.json over the user's;
 * Kiro: workspace over user; Kimi Code: project over user; Cursor: project over global; VS Code:
 * workspace over user; Gemini CLI and Codex CLI: project over user). Each entry is read by its
 * host's rules (host-rules.ts: the keys it honours, how it fills `${…}`).
 */
export declare function hostServers(host: Host, layers: readonly ConfigLayer[], env: ConfigEnv, c?: HostContext): HostServer[];
/** The tools a host exposes after its filters: enabledTools (when given) keeps only those, disabledTools removes. */
export declare function toolsAfterFilters(tools: readonly string[], f: HostFilters): string[];

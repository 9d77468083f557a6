import { type ConfigEnv } from "./config-file";
/**
 * How a host fills `${…}` in its configuration file (docs/cli.md cites each host's page):
 * - none: Claude Desktop, Kimi Code and Codex CLI fill nothing (the text reaches the server as written);
 * - posix: Claude Code's `${VAR}` and `${VAR:-default}`;
 * - editor: Cursor's and VS Code's `${env:NAME}`, `${userHome}`, `${workspaceFolder}`,
 *   `${workspaceFolderBasename}`, `${pathSeparator}`, `${/}` (a bare `${VAR}` is text);
 * - kiro: `${VAR}` (and `${env:VAR}`, which kiro-cli's source takes);
 * - gemini: `$VAR` and `${VAR}`.
 */
export type Expansion = "none" | "posix" | "editor" | "kiro" | "gemini";
/** What the editor variables stand for: the folder the host opened, and the person's home. */
export interface ExpandContext {
    env: ConfigEnv;
    home: string;
    workspace: string;
    /** "/" or "\\". */
    sep: string;
}
/**
 * A value with the variables filled (too deep a value is refused, even where nothing is filled:
 * red-team 7's 100,000 levels overflowed the stack of what reads it next). `filled` collects each value taken from the environment: a
 * report masks them wherever they appear (a secret put in a URL or an argument is still a
 * secret). Folder names (`${workspaceFolder}`, `${userHome}`) are not secrets and stay readable.
 */
export declare function expandEntry(value: unknown, how: Expansion, ctx: ExpandContext, where: string, filled: string[]): unknown;
/** The first `${input:ID}` in a value (VS Code asks the person for it when it starts the server), or undefined. */
export declare function inputNeeded(value: unknown, depth?: number): string | undefined;

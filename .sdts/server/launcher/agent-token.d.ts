/** The variable the coding agent's configuration reads its token from (`${…}` in .mcp.json). */
export declare const AGENT_TOKEN_VARIABLE = "INSPECTOR_AGENT_TOKEN";
/** The agent's token, and the file only the person can read that holds it (none when they fixed it themselves). */
export interface AgentTokenFile {
    token: string;
    file?: string;
    /** Remove the file (at stop, at exit); the token dies with the inspector. */
    remove(): void;
}
/**
 * The coding agent's token, apart from the page's: printed nowhere, so `claude mcp add` as
 * printed puts it neither in the agent's argv nor in its configuration file (the page's token in
 * the printed line undid the launch-code design). The person's own INSPECTOR_AGENT_TOKEN is used
 * as is (the same every start); otherwise a fresh one is written to a file in a folder made by
 * mkdtemp (0700) in the person's runtime folder, the file 0600, opened with O_EXCL and O_NOFOLLOW,
 * removed when the inspector stops.
 */
export declare function agentTokenFile(env: Record<string, string | undefined>): AgentTokenFile;
/**
 * What the launcher prints for the person to hand the session to a coding agent: the variable
 * set from the file (when there is one), and `claude mcp add` writing a project .mcp.json whose
 * header names the variable (Claude Code expands `${VAR}` in .mcp.json headers), so the token is
 * in no argv and no configuration file.
 */
export declare function agentLines(url: string, t: AgentTokenFile): string[];

import type { Host } from "./host-entry";
export interface ToolNameProblem {
    server: string;
    tool: string;
    problem: string;
}
/** The name the host shows the model for `tool` of `server`. */
export declare function hostToolName(server: string, tool: string): string;
/** Tool names the host would refuse or cut, and names two servers would share, for every server's tools at once. */
export declare function toolNameProblems(host: Host, servers: ReadonlyArray<{
    server: string;
    tools: readonly string[];
}>): ToolNameProblem[];

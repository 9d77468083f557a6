/** The launcher's ports besides the page's, each with its flag and environment variable (the README lists them). */
export declare const FOLLOWING_PORTS: {
    readonly sandbox: {
        readonly offset: 1;
        readonly flag: "--sandbox-port";
        readonly variable: "MCP_SANDBOX_PORT";
    };
    readonly agent: {
        readonly offset: 2;
        readonly flag: "--agent-port";
        readonly variable: "INSPECTOR_AGENT_PORT";
    };
};
export type FollowingPort = keyof typeof FOLLOWING_PORTS;
/** A port number as a person writes it, or why not. */
export declare function parsePort(v: string, where: string): number;
/**
 * The sandbox's and the agent endpoint's ports: the flag, else the environment variable, else
 * the page's port plus its offset (6274 → 6275, 6276), so a fixed --port fixes every printed line;
 * --port 0 (any free port) makes them any free port too. Throws RangeError for a bad variable.
 */
export declare function followingPorts(page: number, flags: Partial<Record<FollowingPort, number>>, env: Record<string, string | undefined>): Record<FollowingPort, number>;

import type { AgentLink } from "./connection";
export interface AgentEndpoint {
    /** http://127.0.0.1:PORT/mcp */
    url: string;
    port: number;
    close(): Promise<void>;
}
/**
 * The agent tools over Streamable HTTP beside a running page, on a loopback port of their own:
 * every request must name this machine by a loopback Host (DNS rebinding), come from no browser
 * page but this one's own origin, and carry the agent's or the page's token (`Authorization: Bearer`), checked
 * as the page's API checks them (server/bridge/security.ts), before anything is parsed or run.
 * The SDK's half loads on the first request that passes; `page` waits for the engine's half.
 */
export declare function startAgentEndpoint(opts: {
    /** The tokens accepted: the agent's own, and the page's (a script's, or one the person fixed with INSPECTOR_TOKEN). */
    tokens: readonly string[];
    port?: number;
    /** The folder save_session writes in (default the working directory). */
    root?: string;
    page: () => Promise<AgentLink>;
}): Promise<AgentEndpoint>;

import type { IncomingMessage, ServerResponse } from "node:http";
import type { AgentLink } from "./connection";
/**
 * The agent tools over Streamable HTTP, one MCP session per agent (Mcp-Session-Id), all on the
 * page's engine: the "page" connection is the one the person sees. Requests reach this only after
 * the token, Host and Origin checks (http.ts).
 */
export declare class AgentSessions {
    private readonly transports;
    private readonly connections;
    private readonly files;
    constructor(page: AgentLink, root?: string);
    handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
    /** End every agent session; the page's connection is the person's and stays as it is. */
    close(): Promise<void>;
}

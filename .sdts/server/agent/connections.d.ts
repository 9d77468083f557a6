import { AgentConnection, type AgentLink } from "./connection";
/**
 * The named connections of one agent: several at once, each with its own engine, except the
 * page's ("page"), which is the engine the person sees when the agent is attached to a running page.
 */
export declare class Connections {
    /** The name a connect without one gets: "page" when attached to the page, else "default". */
    readonly defaultName: string;
    private readonly shared?;
    private readonly byName;
    constructor(
    /** The name a connect without one gets: "page" when attached to the page, else "default". */
    defaultName?: string, shared?: AgentLink | undefined);
    /** The connection of this name, made (not yet connected) when new. */
    open(name?: string): AgentConnection;
    /**
     * The connection a tool means: the one named, else the only one there is, else the default's;
     * a not_connected or usage error naming those there are.
     */
    get(tool: string, name?: string): AgentConnection;
    list(): AgentConnection[];
    /** Close a connection of the agent's (forgotten), or disconnect the page's (it stays listed: the person's). */
    close(name: string): Promise<void>;
    /** Close every connection of the agent's own; the page's is the person's and stays as it is. */
    closeAll(): Promise<void>;
}

import { AgentConnection, ownLink, type AgentLink } from "./connection";
import { agentError } from "./errors";

/**
 * The named connections of one agent: several at once, each with its own engine, except the
 * page's ("page"), which is the engine the person sees when the agent is attached to a running page.
 */
export class Connections {
  private readonly byName = new Map<string, AgentConnection>();

  constructor(
    /** The name a connect without one gets: "page" when attached to the page, else "default". */
    readonly defaultName = "default",
    private readonly shared?: AgentLink,
  ) {
    // The person's connection is there from the start: an agent's first status must show it.
    if (shared) this.byName.set("page", new AgentConnection("page", shared));
  }

  /** The connection of this name, made (not yet connected) when new. */
  open(name = this.defaultName): AgentConnection {
    let c = this.byName.get(name);
    if (!c) {
      c = new AgentConnection(name, ownLink());
      this.byName.set(name, c);
    }
    return c;
  }

  /**
   * The connection a tool means: the one named, else the only one there is, else the default's;
   * a not_connected or usage error naming those there are.
   */
  get(tool: string, name?: string): AgentConnection {
    const c =
      name !== undefined
        ? this.byName.get(name)
        : this.byName.size === 1
          ? [...this.byName.values()][0]
          : this.byName.get(this.defaultName);
    if (c) return c;
    const names = [...this.byName.keys()];
    if (name === undefined && names.length > 1)
      throw agentError("usage", tool, `several connections are open (${names.join(", ")}): say which with \`connection\``);
    throw agentError(
      "not_connected",
      tool,
      `${name === undefined ? "no connection is open" : `no connection named "${name}" (${names.length ? `open: ${names.join(", ")}` : "none is open"})`}; call connect first`,
    );
  }

  list(): AgentConnection[] {
    return [...this.byName.values()];
  }

  /** Close a connection of the agent's (forgotten), or disconnect the page's (it stays listed: the person's). */
  async close(name: string): Promise<void> {
    const c = this.byName.get(name);
    if (!c) return;
    if (!c.link.shared) this.byName.delete(name);
    await c.close();
  }

  /** Close every connection of the agent's own; the page's is the person's and stays as it is. */
  async closeAll(): Promise<void> {
    await Promise.allSettled(
      this.list()
        .filter((c) => !c.link.shared)
        .map((c) => this.close(c.name)),
    );
  }
}

import { AgentConnection, ownLink, type AgentLink } from "./connection";
import { agentError } from "./errors";

/**
 * The named connections of one agent: several at once, each with its own engine, except the
 * page's ("page"), which is the engine the person sees when the agent is attached to a running page.
 */
export class Connections {
  private readonly byName = new Map<string, AgentConnection>();

  constructor(
    /** The default connection's name: "page" when attached to the page, else "default". */
    readonly defaultName = "default",
    private readonly shared?: AgentLink,
  ) {}

  /** The connection of this name, made (not yet connected) when new. */
  open(name = this.defaultName): AgentConnection {
    let c = this.byName.get(name);
    if (!c) {
      c = new AgentConnection(name, name === "page" && this.shared ? this.shared : ownLink());
      this.byName.set(name, c);
    }
    return c;
  }

  /** An existing connection, or a not_connected error naming those there are. */
  get(tool: string, name = this.defaultName): AgentConnection {
    const c = this.byName.get(name) ?? (name === "page" && this.shared ? this.open("page") : undefined);
    if (c) return c;
    const names = [...this.byName.keys()];
    throw agentError(
      "not_connected",
      tool,
      `no connection named "${name}" (${names.length ? `open: ${names.join(", ")}` : "none is open"}); call connect first`,
    );
  }

  list(): AgentConnection[] {
    return [...this.byName.values()];
  }

  async close(name: string): Promise<void> {
    const c = this.byName.get(name);
    if (!c) return;
    this.byName.delete(name);
    await c.close();
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(this.list().map((c) => this.close(c.name)));
  }
}

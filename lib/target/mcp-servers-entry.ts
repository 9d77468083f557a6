import type { Target } from "./target";

/**
 * The target as an `mcpServers` config file (Claude Desktop, Cursor, VS Code's and the official
 * inspector's `--config` read this shape): stdio as command/args/env(/cwd), remote servers as
 * type + url + headers. The same shape `inspector --config` reads back.
 */
export function mcpServersFile(target: Target, name: string): { mcpServers: Record<string, Record<string, unknown>> } {
  return { mcpServers: { [name]: mcpServerEntry(target) } };
}

export function mcpServerEntry(target: Target): Record<string, unknown> {
  if (target.transport === "stdio") {
    return {
      command: target.command,
      args: [...target.args],
      ...(Object.keys(target.env).length ? { env: { ...target.env } } : {}),
      ...(target.cwd ? { cwd: target.cwd } : {}),
    };
  }
  return {
    type: target.transport === "sse" ? "sse" : "streamable-http",
    url: target.url,
    ...(Object.keys(target.headers).length ? { headers: { ...target.headers } } : {}),
  };
}

/** A config key for a server: its name from initialize, else the command's or host's name. */
export function serverKey(target: Target, serverName?: string): string {
  const raw =
    serverName ?? (target.transport === "stdio" ? (target.command.split(/[\\/]/).pop() ?? "server") : new URL(target.url).hostname);
  return (
    raw
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "server"
  );
}

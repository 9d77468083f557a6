/** The launcher's ports besides the page's, each with its flag and environment variable (the README lists them). */
export const FOLLOWING_PORTS = {
  sandbox: { offset: 1, flag: "--sandbox-port", variable: "MCP_SANDBOX_PORT" },
  agent: { offset: 2, flag: "--agent-port", variable: "INSPECTOR_AGENT_PORT" },
} as const;

export type FollowingPort = keyof typeof FOLLOWING_PORTS;

/** A port number as a person writes it, or why not. */
export function parsePort(v: string, where: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new RangeError(`${where} must be a number from 0 to 65535, got "${v}"`);
  return n;
}

/**
 * The sandbox's and the agent endpoint's ports: the flag, else the environment variable, else
 * the page's port plus its offset (6274 → 6275, 6276), so a fixed --port fixes every printed line;
 * --port 0 (any free port) makes them any free port too. Throws RangeError for a bad variable.
 */
export function followingPorts(
  page: number,
  flags: Partial<Record<FollowingPort, number>>,
  env: Record<string, string | undefined>,
): Record<FollowingPort, number> {
  const out = {} as Record<FollowingPort, number>;
  for (const [name, p] of Object.entries(FOLLOWING_PORTS) as Array<[FollowingPort, (typeof FOLLOWING_PORTS)[FollowingPort]]>) {
    const fromEnv = env[p.variable];
    out[name] =
      flags[name] ??
      (fromEnv !== undefined && fromEnv !== ""
        ? parsePort(fromEnv, p.variable)
        : page === 0 || page + p.offset > 65535
          ? 0
          : page + p.offset);
  }
  return out;
}

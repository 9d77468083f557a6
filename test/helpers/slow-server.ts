import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import type { Clock } from "../../server/engine";

/**
 * The `slow` fixture's tool (test/fixtures/slow.mjs) as an in-memory server whose time is
 * `clock`: `slow` answers after `ms` with `steps` notifications/progress evenly on the way, so a
 * test on a fake clock decides when each one happens. `started` is called when a call begins.
 */
export function slowServer(clock: Clock, started: () => void = () => undefined) {
  const server = new McpServer({ name: "slow-fixture", version: "1.0.0" });
  server.registerTool(
    "slow",
    { inputSchema: { ms: z.number().int().min(0).optional(), steps: z.number().int().min(0).optional() } },
    ({ ms = 1000, steps = 5 }, extra) => {
      const token = extra._meta?.progressToken;
      if (token !== undefined) {
        for (let i = 1; i <= steps; i++) {
          clock.setTimeout(
            () =>
              void extra.sendNotification({
                method: "notifications/progress",
                params: { progressToken: token, progress: i, total: steps + 1, message: `step ${i} of ${steps}` },
              }),
            (ms * i) / (steps + 1),
          );
        }
      }
      const done = new Promise<{ content: Array<{ type: "text"; text: string }> }>((resolve) =>
        clock.setTimeout(() => resolve({ content: [{ type: "text", text: `done after ${ms} ms` }] }), ms),
      );
      started();
      return done;
    },
  );
  return server;
}

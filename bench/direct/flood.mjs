#!/usr/bin/env node
// Baseline of figure 3: a direct SDK client receives the flood fixture's N log notifications
// (`node flood.mjs <fixture> <N>`). Prints { ms, peakMiB } as JSON: the time from the call
// until the last notification reached its handler, and this process's peak RSS.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";

const [fixture, count] = process.argv.slice(2);
const N = Number(count);
const client = new Client({ name: "bench-direct", version: "0" });
await client.connect(new StdioClientTransport({ command: process.execPath, args: [fixture], stderr: "pipe" }));
let logs = 0;
client.setNotificationHandler(LoggingMessageNotificationSchema, () => void logs++);
const t0 = performance.now();
await client.callTool({ name: "flood", arguments: { count: N, kind: "log" } }, undefined, { timeout: 600_000 });
// Notification handlers run a microtask after they arrive: let the last ones land.
while (logs < N) await new Promise((r) => setImmediate(r));
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, logs, peakMiB: process.resourceUsage().maxRSS / 1024 }) + "\n");
await client.close();
process.exit(0);

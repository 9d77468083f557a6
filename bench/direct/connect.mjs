#!/usr/bin/env node
// Baseline of figure 2: a minimal direct SDK client connecting to the demo target (the
// everything server over stdio). Prints "connected" once initialized, then closes and exits.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [command, ...args] = process.argv.slice(2);
const client = new Client({ name: "bench-direct", version: "0" });
await client.connect(new StdioClientTransport({ command, args, stderr: "pipe" }));
process.stdout.write("connected\n");
await client.close();
process.exit(0);

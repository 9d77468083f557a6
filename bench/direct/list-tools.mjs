#!/usr/bin/env node
// Baseline of figure 5: the minimal direct SDK script doing what `inspector --cli <target>
// --method tools/list` does: connect over stdio, tools/list, print the result as JSON, exit.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [command, ...args] = process.argv.slice(2);
const client = new Client({ name: "bench-direct", version: "0" });
await client.connect(new StdioClientTransport({ command, args, stderr: "pipe" }));
const result = await client.listTools();
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
await client.close();
process.exit(0);

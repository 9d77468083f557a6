#!/usr/bin/env node
// Baseline of figure 10: a direct SDK script making the calls a 200-step collection of echo
// calls makes (`inspector test`): connect over stdio, N echo calls in turn, each answer checked
// as the collection's expectation checks it, exit 0 when all match.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [n, command, ...args] = process.argv.slice(2);
const client = new Client({ name: "bench-direct", version: "0" });
await client.connect(new StdioClientTransport({ command, args, stderr: "pipe" }));
let failed = 0;
for (let i = 0; i < Number(n); i++) {
  const r = await client.callTool({ name: "echo", arguments: { message: `m${i}` } });
  if (r.content[0].text !== `Echo: m${i}`) failed++;
}
await client.close();
process.stdout.write(`${Number(n) - failed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);

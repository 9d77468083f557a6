import { afterEach, beforeEach, expect, test } from "vitest";
import { EVERYTHING } from "../helpers/targets";
import { agentClient } from "./helpers";

// Issue 62 point 3: what the inspector knows is secret (env values given to connect, header
// values, filled ${ENV} values, tokens) never comes back in an agent's answer: transcripts are
// logged and shared. save_session already redacted them; now every answer does.

const SECRET = "val-9f8e7d6c5b4a3";
const BASE64 = Buffer.from(SECRET).toString("base64");

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

async function text(name: string, args: Record<string, unknown> = {}): Promise<string> {
  const r = await agent.client.callTool({ name, arguments: args });
  const all = `${(r.content as Array<{ text?: string }>).map((c) => c.text ?? "").join("")}${JSON.stringify(r.structuredContent ?? {})}`;
  expect(all, `${name}: the secret in clear`).not.toContain(SECRET);
  expect(all, `${name}: the secret in base64`).not.toContain(BASE64);
  return all;
}

test("env values given to connect never come back: not in results, timeline, target_output, status, nor a failed connect", async () => {
  const env = { APP_SECRET: SECRET, ENCODED: `key:${BASE64}` };
  await text("connect", { command: process.execPath, args: [EVERYTHING, "stdio"], env });
  const result = await text("call_tool", { tool: "get-env" });
  expect(result).toContain("[redacted: env APP_SECRET]");
  await text("timeline", { last: 50 });
  await text("timeline", { method: "tools/call", dir: "server->client" });
  await text("status");

  const dying = {
    connection: "dying",
    command: process.execPath,
    args: [
      "-e",
      "process.stderr.write('token=' + process.env.APP_SECRET + ' bearer: Bearer ' + process.env.APP_SECRET + '\\n'); process.exit(2)",
    ],
    env: { APP_SECRET: SECRET },
  };
  const failed = await text("connect", dying);
  expect(failed).toContain("[redacted");
  const out = await text("target_output", { connection: "dying" });
  expect(out).toContain("[redacted: env APP_SECRET]");
  await text("timeline", { connection: "dying", kind: "stderr" });
});

test("a bearer token a server prints is taken out by pattern, as in a saved session", async () => {
  const token = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
  await text("connect", {
    connection: "printer",
    command: process.execPath,
    args: ["-e", `process.stderr.write('using ${token}\\n'); process.exit(1)`],
  });
  const out = await text("target_output", { connection: "printer" });
  expect(out).not.toContain(token);
});

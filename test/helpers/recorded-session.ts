import type { Entry } from "../../lib/record/format";

/** Every capability but tasks and Apps, as a recorded session offers them. */
export const RECORDED_CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

/** A recorded JSON-RPC message entry (seq doubles as its time; size is not what these tests read). */
export const recordedMessage = (seq: number, dir: "client->server" | "server->client", message: Record<string, unknown>): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir,
  size: 1,
  message: { jsonrpc: "2.0", ...message },
});

/**
 * The red-team's side-effect recording (issue 38 item 7): a tools/list marking read_file
 * read-only and write_file not, a read_file call, and a write_file call whose content starts with
 * `payload` then runs on for 1,000 characters. Seqs 1–4; a test adds what else it needs.
 */
export function sideEffectEntries(payload: string): Entry[] {
  return [
    recordedMessage(1, "client->server", { id: 1, method: "tools/list", params: {} }),
    recordedMessage(2, "server->client", {
      id: 1,
      result: {
        tools: [
          { name: "read_file", inputSchema: { type: "object" }, annotations: { readOnlyHint: true } },
          { name: "write_file", inputSchema: { type: "object" } },
        ],
      },
    }),
    recordedMessage(3, "client->server", {
      id: 2,
      method: "tools/call",
      params: { name: "read_file", arguments: { path: "/home/me/.bashrc" } },
    }),
    recordedMessage(4, "client->server", {
      id: 3,
      method: "tools/call",
      params: { name: "write_file", arguments: { path: "/home/me/.bashrc", content: payload + "x".repeat(1000) } },
    }),
  ];
}

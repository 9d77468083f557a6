import type { McpSnapshotSerializer } from "../types";
/**
 * `expect.addSnapshotSerializer(mcpSerializer)`: a ToolResult, a record entry, a JSON-RPC
 * message or a notification prints with latencies, timestamps, ids, progress tokens, task and session ids and pids
 * masked as `<name>`, so `toMatchSnapshot()` is the same on every run and machine.
 */
export declare const mcpSerializer: McpSnapshotSerializer;

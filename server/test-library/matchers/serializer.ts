import type { McpSnapshotSerializer } from "../types";
import { isSnapshotted, maskedForSnapshot } from "./mask";

/** Copies this serializer made: printing one must not mask it again (the printer asks every plugin). */
const done = new WeakSet<object>();

/**
 * `expect.addSnapshotSerializer(mcpSerializer)`: a ToolResult, a record entry, a JSON-RPC
 * message or a notification prints with latencies, timestamps, ids, progress tokens, task and session ids and pids
 * masked as `<name>`, so `toMatchSnapshot()` is the same on every run and machine.
 */
export const mcpSerializer: McpSnapshotSerializer = {
  test: (value) => isSnapshotted(value) && !done.has(value as object),
  serialize(value, config, indentation, depth, refs, printer) {
    const copy = maskedForSnapshot(value);
    if (typeof copy === "object" && copy !== null) done.add(copy);
    return printer(copy, config, indentation, depth, refs);
  },
};

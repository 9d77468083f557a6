import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { ProbeResult } from "./result";
/**
 * How long check waits for a tool's answer (or its next progress notification) unless
 * `--request-timeout` says: longer is a hang, an error.
 */
export declare const CHECK_TIMEOUT_MS = 10000;
/**
 * Call a tool with arguments built from its inputSchema. The call should succeed: a JSON-RPC
 * error, a structuredContent that breaks the outputSchema (as sent, or as the SDK's isError in
 * its place), no answer within check's timeout and a crash are errors. -32602 is a warning: the
 * arguments are guessed, and the guess may be what is wrong. An isError result is the tool
 * failing on arguments its own schema accepts (issue 72): an error when the failure shows (an
 * exception on stderr at this call, or an SDK's words for a tool that raised), a warning
 * otherwise, its text quoted (the tool may be refusing a guessed value, as a note lookup refuses
 * a title it does not know).
 */
export declare function callWithSample(engine: Engine, record: RecordStore, tool: Record<string, unknown>, timeoutMs?: number): Promise<ProbeResult>;

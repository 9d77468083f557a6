import type { CliMethod } from "../cli/flags";
import type { ConnectError } from "../../lib/wire/session-state";
import { cliCall, type CliCall } from "./cli-call";
import { rpcErrorCodeText } from "../../lib/wire/error-names";
import { connectHeadless, type HeadlessSession, type Io } from "./headless";

export type { Io } from "./headless";

/** Exit codes of `--cli`, as the official MCP Inspector CLI's. */
export const CLI_EXIT = { ok: 0, failed: 1, authRequired: 3, unreachable: 4, toolError: 5 } as const;

export interface CliOptions extends CliCall {
  session: HeadlessSession;
  /** json: one JSON object on stdout, also for a failure; text (default): the result, pretty. */
  format: "text" | "json";
}

/**
 * `inspector --cli`: connect, one call, its result on stdout. Exit 0; 1 when the call failed;
 * 3 when the server wants authorization; 4 when it cannot be reached or started (a connect
 * timeout too); 5 for a tool error (an isError result, an unknown tool).
 */
export async function runCli(opts: CliOptions, io: Io): Promise<number> {
  const fail = (code: number, message: string, extra: Record<string, unknown> = {}) => {
    io.err(`inspector: ${message}`);
    if (opts.format === "json") io.out(JSON.stringify({ error: { message, exitCode: code, ...extra } }));
    return code;
  };
  const { engine, state, release } = await connectHeadless("mcp-inspector-harness-cli", opts.session);
  try {
    if (state.status !== "connected") return failedConnection(state.error, fail);
    if (opts.method === "initialize") {
      io.out(JSON.stringify(state.negotiated, null, opts.format === "json" ? undefined : 2));
      return CLI_EXIT.ok;
    }
    const result = await cliCall(engine, opts);
    io.out(JSON.stringify(result, null, opts.format === "json" ? undefined : 2));
    return (result as { isError?: unknown } | undefined)?.isError === true ? CLI_EXIT.toolError : CLI_EXIT.ok;
  } catch (e) {
    const rpc = (e as { rpc?: { code: number; message: string; data?: unknown } }).rpc;
    if (!rpc) return fail(CLI_EXIT.failed, `${opts.method} failed: ${(e as Error).message}`);
    const message = `${opts.method} failed: JSON-RPC error ${rpcErrorCodeText(rpc.code)}: ${rpc.message}${rpc.data !== undefined ? ` ${JSON.stringify(rpc.data)}` : ""}`;
    return fail(isUnknownTool(opts.method, rpc) ? CLI_EXIT.toolError : CLI_EXIT.failed, message, { code: rpc.code, ...(rpc.data !== undefined ? { data: rpc.data } : {}) });
  } finally {
    await engine.close();
    release();
  }
}

function failedConnection(error: ConnectError | undefined, fail: (code: number, message: string, extra?: Record<string, unknown>) => number): number {
  const message = error?.message ?? "could not connect";
  if (error?.kind === "auth-required") return fail(CLI_EXIT.authRequired, `${message} (log in with --auth browser on a terminal, --auth auto in CI, or pass a token: MCP_ACCESS_TOKEN or --header "Authorization: Bearer …")`, { httpStatus: 401 });
  if (error?.kind === "http-status" && (error.httpStatus === 401 || error.httpStatus === 403)) {
    return fail(CLI_EXIT.authRequired, `${message}: the server wants authorization; pass a token with --header "Authorization: Bearer …"`, { httpStatus: error.httpStatus });
  }
  const unreachable = error?.kind === "connection-refused" || error?.kind === "command-not-found" || error?.kind === "exited" || error?.kind === "initialize-timeout" || error?.kind === "http-status";
  return fail(unreachable ? CLI_EXIT.unreachable : CLI_EXIT.failed, message, error?.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {});
}

/** tools/call of a tool the server does not have: a tool error for the exit code, as the official CLI. */
function isUnknownTool(method: CliMethod, rpc: { code: number; message: string }): boolean {
  return method === "tools/call" && rpc.code === -32602 && /tool/i.test(rpc.message);
}

import { writeFileSync } from "node:fs";
import type { ConnectError, SessionState } from "../../../lib/wire/session-state";
import { rpcErrorCodeText } from "../../../lib/wire/error-names";
import { inertJson, visible } from "../../../lib/text/visible";
import { connectHeadless } from "../../harness/headless";
import type { RunContext } from "../command";
import { cannotRead } from "../usage-error";
import { headlessSession } from "../shared/headless-session";
import { loginOpener } from "../shared/login-opener";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { hasPerson } from "../shared/terminal";
import { completionScript } from "./completion";
import { cliCall } from "./call";
import { missingCapability } from "./missing-capability";
import { strictReport } from "./strict";
import type { CliArgs, CliMethod } from "./flags";

/** Exit codes of `--cli`, as the official MCP Inspector CLI's. */
export const CLI_EXIT = { ok: 0, failed: 1, authRequired: 3, unreachable: 4, toolError: 5, strict: 6 } as const;

type Fail = (code: number, message: string, extra?: Record<string, unknown>) => number;

/**
 * `inspector --cli`: connect, one call, its result on stdout (or --output FILE). Exit 0; 1 when
 * the call failed; 3 when the server wants authorization; 4 when it cannot be reached or started
 * (a connect timeout too); 5 for a tool error (an isError result, an unknown tool); 6 when
 * --strict finds an error-severity schema problem.
 */
export async function runCli(a: CliArgs, { env, io, allFlags }: RunContext): Promise<number> {
  if (a.completion) return io.out(completionScript(a.completion, allFlags)), CLI_EXIT.ok;
  const note = (s: string) => (a.quiet ? undefined : io.err(`inspector: ${s}`));
  const fail: Fail = (code, message, extra = {}) => {
    io.err(`inspector: ${message}`);
    if (a.format === "json") io.out(JSON.stringify({ error: { message, exitCode: code, ...extra } }));
    return code;
  };
  takeServerEnv(a, env, io.err);
  const target = resolveTarget(a, env)!;
  const interactive = hasPerson();
  const session = headlessSession(a, target, env, { task: a.task, advertiseApps: a.advertiseApps, interactive, onLogin: loginOpener(env) });
  const { engine, state, release } = await connectHeadless("mcp-inspector-harness-cli", session);
  try {
    if (state.status !== "connected") return failedConnection(state.error, fail, { noTerminal: !interactive && !a.auth });
    const absent = missingCapability(a.method!, state);
    if (absent) {
      note(absent.note);
      return emit(a, absent.result, fail, io);
    }
    const result = a.method === "initialize" ? state.negotiated : await cliCall(engine, a);
    let code: number = (result as { isError?: unknown } | undefined)?.isError === true ? CLI_EXIT.toolError : CLI_EXIT.ok;
    if (a.strict && a.method === "tools/list") {
      const strict = strictReport((result as { tools?: unknown[] } | undefined)?.tools ?? []);
      for (const line of strict.lines) io.err(line);
      if (strict.failed) code = CLI_EXIT.strict;
    }
    const written = emit(a, result, fail, io);
    return written === CLI_EXIT.ok ? code : written;
  } catch (e) {
    const rpc = (e as { rpc?: { code: number; message: string; data?: unknown } }).rpc;
    if (!rpc) return fail(CLI_EXIT.failed, `${a.method} failed: ${visible((e as Error).message)}`);
    const message = `${a.method} failed: JSON-RPC error ${rpcErrorCodeText(rpc.code)}: ${visible(rpc.message)}${rpc.data !== undefined ? ` ${visible(JSON.stringify(rpc.data))}` : ""}`;
    return fail(isUnknownTool(a.method!, rpc) ? CLI_EXIT.toolError : CLI_EXIT.failed, message, { code: rpc.code, ...(rpc.data !== undefined ? { data: rpc.data } : {}) });
  } finally {
    await engine.close();
    release();
  }
}

/** The result on stdout or in --output's file: compact with --format json, pretty otherwise. */
function emit(a: CliArgs, result: unknown, fail: Fail, io: RunContext["io"]): number {
  // The same JSON once parsed, but no raw C1 or bidi control from the server reaches a terminal.
  const text = inertJson(JSON.stringify(result, null, a.format === "json" || a.outputFormat === "raw" ? undefined : 2) ?? "null");
  if (!a.output) return io.out(text), CLI_EXIT.ok;
  try {
    writeFileSync(a.output, text + "\n");
    return CLI_EXIT.ok;
  } catch (e) {
    return fail(CLI_EXIT.failed, cannotRead("--output", a.output, e).replace("cannot read", "cannot write"));
  }
}

function failedConnection(error: ConnectError | undefined, fail: Fail, o: { noTerminal: boolean }): number {
  const message = visible(error?.message ?? "could not connect");
  const unauthorized = error?.kind === "auth-required" || (error?.kind === "http-status" && (error.httpStatus === 401 || error.httpStatus === 403));
  if (unauthorized && o.noTerminal) {
    return fail(CLI_EXIT.authRequired, `${message}: logging in needs a terminal (none here); pass --auth auto for an authorization server that approves by itself, --auth client-credentials, a token in MCP_ACCESS_TOKEN, or run on a terminal (--auth browser waits for the login)`, { httpStatus: error?.httpStatus ?? 401 });
  }
  if (error?.kind === "auth-required") return fail(CLI_EXIT.authRequired, `${message} (log in with --auth browser on a terminal, --auth auto in CI, or pass a token: MCP_ACCESS_TOKEN or --header "Authorization: Bearer …")`, { httpStatus: 401 });
  if (unauthorized) return fail(CLI_EXIT.authRequired, `${message}: the server wants authorization; pass a token with --header "Authorization: Bearer …"`, { httpStatus: error?.httpStatus });
  const unreachable = error?.kind === "connection-refused" || error?.kind === "command-not-found" || error?.kind === "exited" || error?.kind === "initialize-timeout" || error?.kind === "http-status";
  return fail(unreachable ? CLI_EXIT.unreachable : CLI_EXIT.failed, message, error?.httpStatus !== undefined ? { httpStatus: error.httpStatus } : {});
}

/** tools/call of a tool the server does not have: a tool error for the exit code, as the official CLI. */
function isUnknownTool(method: CliMethod, rpc: { code: number; message: string }): boolean {
  return method === "tools/call" && rpc.code === -32602 && /tool/i.test(rpc.message);
}

export type { SessionState };

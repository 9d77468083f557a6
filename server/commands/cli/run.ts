import type { ConnectError } from "../../../lib/session/state";
import { rpcErrorCodeText } from "../../../lib/protocol/error-names";
import { hasErrorSeverity, portabilityFindings, schemaFindingsEnvelope, summarizePortability } from "../../../lib/lint/portability";
import { connectHeadless } from "../../headless/connect";
import { connectExitCode, isUnauthorized } from "../../headless/connect-exit";
import type { Engine } from "../../engine";
import { EngineError, RpcError } from "../../engine/errors";
import { faultOf } from "../../engine";
import type { EarlyTarget } from "../../engine/spawn-target";
import type { RunContext } from "../command";
import { headlessSession } from "../shared/headless-session";
import { loginOpener } from "../shared/login-opener";
import { resolveTarget } from "../shared/resolve-target";
import { takeServerEnv } from "../shared/env-flags";
import { hasPerson } from "../shared/terminal";
import { checkSaveSessionPath } from "../shared/save-session";
import { saveRunPage, saveRunSession } from "../shared/save-run-session";
import { completionScript } from "./completion";
import { cliCall } from "./call";
import { appInfoOf } from "./app-info";
import { missingCapability } from "./missing-capability";
import { strictLines } from "./strict";
import { runSkillMethod, SKILL_METHODS } from "./skills";
import { CLI_EXIT, CliFailure, emitResult, reportFailure } from "./output";
import { passStderr } from "./stderr-pass";
import { outputSchemaBreak } from "./output-schema";
import type { CliArgs } from "./flags";
import { arrayOr, asRecord } from "../../../lib/json/shape";
import { asTools } from "../../../lib/protocol/shapes";

export { CLI_EXIT } from "./output";

/**
 * `inspector --cli`: connect, one call, its result on stdout (or --output FILE), as the official
 * CLI: exit 0; 1 when the call failed (a tools/call result that breaks its outputSchema too); 2 --app-info on a tool without an App; 3 when the server
 * wants authorization; 4 when it cannot be reached or started (a connect timeout too; an HTTP
 * error status is the server's answer: 1); 5 for a tool error (an isError result, an unknown
 * tool); 6 when --strict finds an error-severity schema problem.
 */
export async function runCli(a: CliArgs, { env, io, allFlags }: RunContext, early?: EarlyTarget): Promise<number> {
  if (a.completion) return (io.out(completionScript(a.completion, allFlags())), CLI_EXIT.ok);
  takeServerEnv(a, env, io.err);
  const target = (await resolveTarget(a, env))!;
  if (a.saveSession) checkSaveSessionPath(a.saveSession);
  if (a.html) checkSaveSessionPath(a.html, "--html");
  const interactive = hasPerson();
  const session = headlessSession(a, target, env, { task: a.task, advertiseApps: a.advertiseApps, interactive, onLogin: loginOpener(env) });
  // Roots always, as the official CLI: answered from --root, or an empty list (a server that asks
  // at start gets an answer, and tools offered only to a roots client are listed).
  session.capabilities = { ...session.capabilities, roots: true };
  session.early = early;
  const { engine, record, state, release } = await connectHeadless("mcp-inspector-harness-cli", session);
  const stopStderr = a.quiet ? () => undefined : passStderr(record, io);
  // The tools/list --cli asks for itself (to know a tool's outputSchema) is not the run's: a
  // recording keeps the call the person made, and replays as before.
  const own: Array<{ from: number; to: number }> = [];
  const ownList = async <T>(ask: () => Promise<T>): Promise<T> => {
    const from = record.lastSeq;
    try {
      return await ask();
    } finally {
      own.push({ from, to: record.lastSeq });
    }
  };
  const isOwn = (e: { kind: string; seq: number }) =>
    (e.kind === "message" || e.kind === "http") && own.some((r) => e.seq > r.from && e.seq <= r.to);
  let failure: CliFailure | undefined;
  try {
    if (state.status !== "connected")
      throw failedConnection(state.error, { noTerminal: !interactive && !a.auth, clientCredentials: a.auth === "client-credentials" });
    return await callAndEmit(a, engine, state.negotiated?.serverCapabilities ?? {}, { io, ownList });
  } catch (e) {
    // A request after the call (the tools/list for its outputSchema, --app-info's) that a fault or
    // the server ended: a failed run in words and the envelope, as the call's own failure.
    const ended =
      e instanceof EngineError || e instanceof RpcError
        ? new CliFailure(CLI_EXIT.failed, `${a.method} failed: ${e.message}`, faultCode(e))
        : e;
    if (!(ended instanceof CliFailure)) throw e;
    failure = ended;
    return ended.exitCode;
  } finally {
    await engine.close();
    stopStderr();
    release();
    // After the close: the record ends with the server's exit, and a failed connect's stderr is in it.
    if (a.saveSession)
      saveRunSession(
        a.saveSession,
        { target, state: engine.getState(), entries: record.since(0).filter((e) => !isOwn(e)) },
        io.err,
        a.quiet,
      );
    if (a.html)
      await saveRunPage(a.html, { target, state: engine.getState(), entries: record.since(0).filter((e) => !isOwn(e)) }, io.err, a.quiet);
    // The failure is stderr's last line, after everything the server wrote there (which the close
    // ends): a script reads it with `tail -1`. Said before the close, a server line still in its
    // pipe came after it (a loaded run's red, test/skills/cli-verify).
    if (failure) reportFailure(failure, a, io);
  }
}

async function callAndEmit(
  a: CliArgs,
  engine: Engine,
  serverCapabilities: Record<string, unknown>,
  { io, ownList }: Pick<RunContext, "io"> & { ownList: <T>(ask: () => Promise<T>) => Promise<T> },
): Promise<number> {
  const note = (s: string) => (a.quiet ? undefined : io.err(`inspector: ${s}`));
  if (SKILL_METHODS.includes(a.method!)) return runSkillMethod(a, engine, serverCapabilities, io);
  const absent = missingCapability(a.method!, serverCapabilities);
  if (absent) {
    note(absent.note);
    if (!a.appInfo) return (emitResult(a, absent.result, io), CLI_EXIT.ok);
  }
  if (a.appInfo) return emitAppInfo(a, engine, io);
  const result = await callOrFail(a, engine);
  // As the official: a result that breaks its tool's outputSchema is a failed call (1), reported
  // before anything is printed, and before isError is looked at (5).
  if (a.method === "tools/call") {
    const broken = await outputSchemaBreak(engine, a.toolName!, result, () => ownList(() => listsTool(engine, a.toolName!, a.metadata)));
    if (broken) throw new CliFailure(CLI_EXIT.failed, broken, { code: "error" });
  }
  // tools/list: the official's schema portability lint (in full with --strict, a count without).
  const findings = a.method === "tools/list" ? portabilityFindings(arrayOr(asRecord(result).tools)) : [];
  if (a.strict) for (const line of strictLines(findings)) io.err(line);
  else if (findings.length) note(`schema portability: ${summarizePortability(findings)}. Re-run with --strict for details.`);
  emitResult(a, result, io, a.strict && findings.length ? { schemaFindings: schemaFindingsEnvelope(findings) } : {});
  if (asRecord(result).isError === true)
    throw new CliFailure(CLI_EXIT.toolError, `tool ${a.toolName} returned isError: true`, { code: "tool_is_error" });
  if (a.strict && hasErrorSeverity(findings)) throw new CliFailure(CLI_EXIT.strict, "tool schema portability errors found (--strict)");
  return CLI_EXIT.ok;
}

/**
 * The call, or the failure it is. A JSON-RPC error to tools/call is an unknown tool (5,
 * tool_not_found, as the official) only when the server's own tool list lacks the tool: the
 * list is asked for then (the official lists before every call; we ask only when it decides
 * something). A -32602 for a listed tool is invalid params, a failed call (1), whatever the words.
 */
async function callOrFail(a: CliArgs, engine: Engine): Promise<unknown> {
  try {
    return await cliCall(engine, a);
  } catch (e) {
    // A fault below MCP (a reset, a close, an HTTP status, a stall, unread stdin) is named in the envelope's code.
    if (!(e instanceof RpcError)) throw new CliFailure(CLI_EXIT.failed, `${a.method} failed: ${(e as Error).message}`, faultCode(e));
    const { rpc } = e;
    const message = `${a.method} failed: JSON-RPC error ${rpcErrorCodeText(rpc.code)}: ${rpc.message}${rpc.data !== undefined ? ` ${JSON.stringify(rpc.data)}` : ""}`;
    const extra = { rpcCode: rpc.code, ...(rpc.data !== undefined ? { data: rpc.data } : {}) };
    if (a.method === "tools/call" && (await listsTool(engine, a.toolName!, a.metadata)) === false)
      throw new CliFailure(CLI_EXIT.toolError, `tool ${a.toolName} is not on the server (not in its tools/list); ${message}`, {
        code: "tool_not_found",
        ...extra,
      });
    throw new CliFailure(CLI_EXIT.failed, message, extra);
  }
}

/** The envelope's `code` for a request that failed by a fault below MCP: `connection_reset`, `http_status`, … */
function faultCode(e: unknown): { code?: string } {
  const fault = faultOf(e);
  return fault ? { code: fault.replace(/-/g, "_") } : {};
}

/** Whether the server lists the tool (every page, up to a bound); undefined when the list cannot be had. */
async function listsTool(engine: Engine, name: string, meta: Record<string, unknown>): Promise<boolean | undefined> {
  let cursor: string | undefined;
  try {
    for (let page = 0; page < 50; page++) {
      const params = { ...(cursor ? { cursor } : {}), ...(Object.keys(meta).length ? { _meta: meta } : {}) };
      const r = asRecord((await engine.request("tools/list", params)).result);
      if (asTools(r.tools).some((t) => t.name === name)) return true;
      if (typeof r.nextCursor !== "string" || !r.nextCursor) return false;
      cursor = r.nextCursor;
    }
  } catch {
    // No list (no tools capability, a failing tools/list): the error code alone says invalid params, a failed call.
  }
  return undefined;
}

/** --app-info: tools/list gives one JSON line per tool; tools/call the named tool's (exit 2 without an App). The tool is not called. */
async function emitAppInfo(a: CliArgs, engine: Engine, io: Pick<RunContext, "io">["io"]): Promise<number> {
  const tools = asTools(
    asRecord((await engine.request("tools/list", Object.keys(a.metadata).length ? { _meta: a.metadata } : {})).result).tools,
  );
  const wrap = (info: unknown) => JSON.stringify(a.format === "json" ? { appInfo: info } : info);
  if (a.method === "tools/list") {
    for (const tool of tools) io.out(wrap(await appInfoOf(engine, tool, a.metadata)));
    return CLI_EXIT.ok;
  }
  const tool = tools.find((t) => t.name === a.toolName);
  if (!tool) throw new CliFailure(CLI_EXIT.toolError, `tool ${a.toolName} not found on the server`, { code: "tool_not_found" });
  const info = await appInfoOf(engine, tool, a.metadata);
  io.out(wrap(info));
  if (!info.hasApp) throw new CliFailure(CLI_EXIT.noApp, `tool ${a.toolName} has no MCP App UI resource (_meta.ui.resourceUri)`);
  return CLI_EXIT.ok;
}

function failedConnection(error: ConnectError | undefined, o: { noTerminal: boolean; clientCredentials: boolean }): CliFailure {
  const message = error?.message ?? "could not connect";
  const status = error?.httpStatus !== undefined ? { status: error.httpStatus } : {};
  if (isUnauthorized(error) && o.noTerminal) {
    return new CliFailure(
      CLI_EXIT.authRequired,
      `${message}: logging in needs a terminal (none here); pass --auth auto for an authorization server that approves by itself, --auth client-credentials, a token in MCP_ACCESS_TOKEN, or run on a terminal (--auth browser waits for the login)`,
      { status: error?.httpStatus ?? 401 },
    );
  }
  if (error?.kind === "auth-required" && o.clientCredentials)
    return new CliFailure(
      CLI_EXIT.authRequired,
      `${message} (check --client-id and its secret, MCP_CLIENT_SECRET or --client-private-key, and that the authorization server allows the client_credentials grant)`,
      { status: 401 },
    );
  if (error?.kind === "auth-required")
    return new CliFailure(
      CLI_EXIT.authRequired,
      `${message} (log in with --auth browser on a terminal, --auth auto in CI, or pass a token: MCP_ACCESS_TOKEN or --header "Authorization: Bearer …")`,
      { status: 401 },
    );
  if (isUnauthorized(error))
    return new CliFailure(
      CLI_EXIT.authRequired,
      `${message}: the server wants authorization; pass a token with --header "Authorization: Bearer …"`,
      status,
    );
  return new CliFailure(connectExitCode(error), message, status);
}

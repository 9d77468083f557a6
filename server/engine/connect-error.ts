import type { ConnectError } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { ExitInfo } from "./stdio-transport";
import { SdkError, SdkErrorCode, SdkHttpError, SUPPORTED_PROTOCOL_VERSIONS } from "@modelcontextprotocol/client";
import { isEraNegotiationFailure, MODERN_PROTOCOL_VERSION, ProtocolVersionRefused } from "./handshake";
import { asRecord } from "../../lib/json/shape";
import { tellingLine } from "../../lib/text/telling-line";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

/** Turn whatever a failed connect threw into words a person can act on. */
export function classifyConnectError(
  err: unknown,
  target: Target,
  exit: ExitInfo | undefined,
  stderrTail: string[],
  /** Lines the server printed on stdout that are not JSON-RPC (the usual reason a stdio server never answers). */
  stdoutNoise: readonly string[] = [],
  /** The protocol version the server's initialize result named, when it answered. */
  answeredVersion?: unknown,
  /** The result of the server/discover the SDK sent, when it answered one. */
  discoverResult?: unknown,
): ConnectError {
  const e = err as { code?: unknown; message?: string; cause?: { code?: unknown; message?: string } };
  const msg = e?.message ?? String(err);
  // The SDK closes the transport when initialize fails, so a timed-out or refused server has
  // exited by now too: the SDK's reason comes first, the exit explains only a closed connection.
  if (err instanceof ProtocolVersionRefused) return { kind: "protocol-version", message: err.message, stderrTail };
  if (isEraNegotiationFailure(err)) {
    const offered = asRecord(discoverResult).supportedVersions;
    const why =
      discoverResult === undefined
        ? "it did not answer server/discover"
        : !Array.isArray(offered)
          ? "its server/discover answer has no supportedVersions list"
          : `its server/discover answer offers ${offered.map(String).join(", ") || "no version"}`;
    return {
      kind: "protocol-version",
      message: `the server does not speak the ${MODERN_PROTOCOL_VERSION} era: ${why} (--protocol-era auto or legacy reaches a 2025 server)`,
      stderrTail,
    };
  }
  if (typeof answeredVersion === "string" && !SUPPORTED_PROTOCOL_VERSIONS.includes(answeredVersion)) {
    return { kind: "protocol-version", message: `protocol version not supported: the server answered with ${answeredVersion}`, stderrTail };
  }
  if (err instanceof SdkError && err.code === SdkErrorCode.RequestTimeout) {
    const printed = stdoutNoise.length
      ? `; instead it printed on stdout: ${stdoutNoise.map((l) => JSON.stringify(l.length > 200 ? `${l.slice(0, 200)}…` : l)).join(", ")}`
      : "";
    return {
      kind: "initialize-timeout",
      message: `initialize timed out: the server did not answer the initialize request in time${printed}`,
      stderrTail,
    };
  }
  if (target.transport === "stdio") {
    if (e?.code === "ENOENT") {
      return {
        kind: "command-not-found",
        message: `command not found: ${target.command}${target.cwd ? ` (cwd ${target.cwd})` : ""}`,
        stderrTail,
      };
    }
    if (e?.code === "EACCES") return { kind: "command-not-found", message: `not executable: ${target.command}`, stderrTail };
    if (exit) {
      const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
      // The line that says why (Node's missing module, a traceback's last line) leads; Node prints
      // its stack and version after the error, so the last lines rarely say it.
      const why = tellingLine(stderrTail);
      const tail = why ? `: ${why}` : stderrTail.length ? `; last stderr: ${stderrTail.slice(-3).join(" | ")}` : "";
      return { kind: "exited", message: `the server ${how} during start-up${tail}`, exitCode: exit.code, signal: exit.signal, stderrTail };
    }
  } else {
    const status = httpStatusOf(err);
    if (status) {
      return {
        kind: "http-status",
        httpStatus: status,
        message: `HTTP ${status}${STATUS_TEXT[status] ? ` ${STATUS_TEXT[status]}` : ""} from ${target.url}`,
        stderrTail,
      };
    }
    const causeCode = e?.cause?.code ?? e?.code;
    if (causeCode === "ECONNREFUSED" || /ECONNREFUSED/.test(msg)) {
      return { kind: "connection-refused", message: `connection refused: nothing is listening at ${target.url}`, stderrTail };
    }
    if (causeCode === "ENOTFOUND")
      return { kind: "connection-refused", message: `host not found: ${new URL(target.url).hostname}`, stderrTail };
    if (msg === "fetch failed" && e?.cause?.message)
      return { kind: "connection-refused", message: `cannot reach ${target.url}: ${e.cause.message}`, stderrTail };
  }
  return { kind: "other", message: msg, stderrTail };
}

function httpStatusOf(err: unknown): number | undefined {
  if (err instanceof SdkHttpError) return err.status;
  const e = err as { code?: unknown; name?: string; message?: string };
  if (typeof e?.code === "number" && e.code >= 100 && e.code < 600) return e.code;
  const m = /HTTP (\d{3})|Non-200 status code \((\d{3})\)/.exec(e?.message ?? "");
  return m ? Number(m[1] ?? m[2]) : undefined;
}

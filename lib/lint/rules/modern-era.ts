import { RpcErrorCode } from "../../protocol/error-codes";
import { SPEC, isModernVersion } from "../spec";
import { brief, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";
import { META_KEY, envelopeOf } from "./modern-meta";

// Which era a connection speaks, and whether the server keeps to it (MCP 2026-07-28
// basic/versioning). A modern request carries its version, identity and capabilities in
// `_meta`: "fields marked as required MUST be included on every request" (protocolVersion and
// clientCapabilities; clientInfo is a SHOULD). A modern version has no `initialize`; a server that
// does not implement the requested version MUST answer -32022 listing the versions it supports,
// so refusing a version it lists (in that error or in its server/discover result) contradicts
// itself; and `input_required` means nothing to a 2025 client. This family runs before lifecycle:
// it sets `session.era`, which tells the 2025 lifecycle rules to stand aside.

export const REQUEST_ENVELOPE: Rule = {
  id: "modern/request-envelope",
  severity: "error",
  specUrl: SPEC.modernMeta,
  summary:
    "In the 2026-07-28 era every client request carries `_meta` with `io.modelcontextprotocol/protocolVersion` and `io.modelcontextprotocol/clientCapabilities` (a warning for a missing `clientInfo`, a SHOULD).",
};
export const ERA_MISMATCH: Rule = {
  id: "modern/era-mismatch",
  severity: "error",
  specUrl: SPEC.modernVersioning,
  summary:
    "The server mixes the eras: it answers `initialize` with a 2026-07-28 version, refuses (-32022) a version it says it supports, or sends `input_required` to a 2025 request.",
};

export function modernEraFamily(): Family {
  /** Versions the server listed in its last server/discover result, and that result's seq. */
  let discovered: { versions: string[]; seq: number } | undefined;
  return {
    rules: [REQUEST_ENVELOPE, ERA_MISMATCH],
    reset() {
      discovered = undefined;
    },
    message(ctx: MessageCtx) {
      const { msg, entry, session } = ctx;
      if (entry.dir === "client->server" && msg.kind === "request") {
        if (msg.method === "server/discover" || envelopeOf(msg.params)) session.era = "modern";
        if (session.era === "modern" && msg.method !== "initialize") checkEnvelope(ctx, msg.method, msg.params);
        return;
      }
      if (entry.dir !== "server->client" || msg.kind !== "response" || !ctx.answers) return;
      const related = { relatedSeq: ctx.answers.seq };
      const { method, params } = ctx.answers;
      if (msg.isError) {
        const e = isObject(msg.error) ? msg.error : {};
        if (e.code !== RpcErrorCode.UnsupportedProtocolVersion) return;
        const data = isObject(e.data) ? e.data : {};
        const asked =
          method === "initialize"
            ? isObject(params)
              ? params.protocolVersion
              : undefined
            : envelopeOf(params)?.[META_KEY.protocolVersion];
        const requested = typeof data.requested === "string" ? data.requested : asked;
        if (typeof requested !== "string") return;
        if (Array.isArray(data.supported) && data.supported.includes(requested)) {
          ctx.flag(
            ERA_MISMATCH,
            `the server refused protocol version ${brief(requested)} (-32022) while its own error lists it as supported: ${brief(data.supported)}`,
            related,
          );
        } else if (discovered?.versions.includes(requested) && method !== "initialize") {
          ctx.flag(
            ERA_MISMATCH,
            `the server refused protocol version ${brief(requested)} (-32022) for ${method}, though its server/discover result lists it as supported`,
            { relatedSeq: discovered.seq },
          );
        }
        return;
      }
      const result = isObject(msg.result) ? msg.result : undefined;
      if (!result) return;
      if (method === "initialize") {
        if (isModernVersion(result.protocolVersion)) {
          ctx.flag(
            ERA_MISMATCH,
            `the server answered initialize with protocol version ${brief(result.protocolVersion)}, a version that has no initialize handshake (it opens with server/discover and a _meta envelope on every request); a server speaking both eras answers initialize with a 2025 version`,
            related,
          );
        } else {
          session.era = "legacy";
        }
        return;
      }
      if (method === "server/discover" && Array.isArray(result.supportedVersions)) {
        discovered = { versions: result.supportedVersions.filter((v): v is string => typeof v === "string"), seq: entry.seq };
        return;
      }
      if (result.resultType === "input_required" && session.era !== "modern" && params !== undefined && !envelopeOf(params)) {
        ctx.flag(
          ERA_MISMATCH,
          `the server answered ${method} with resultType "input_required" (2026-07-28), but the request was made in the 2025 era, which has no multi round-trip requests: a 2025 client reads it as an empty result`,
          related,
        );
      }
    },
  };
}

function checkEnvelope(ctx: MessageCtx, method: string, params: unknown): void {
  const meta = isObject(params) && isObject(params._meta) ? params._meta : undefined;
  if (!meta) {
    ctx.flag(
      REQUEST_ENVELOPE,
      `${method} in the 2026-07-28 era carries no _meta envelope: every request names its protocol version and client capabilities in params._meta`,
    );
    return;
  }
  const missing: string[] = [];
  if (typeof meta[META_KEY.protocolVersion] !== "string")
    missing.push(
      `${META_KEY.protocolVersion}${META_KEY.protocolVersion in meta ? ` (${brief(meta[META_KEY.protocolVersion])}, not a string)` : ""}`,
    );
  if (!isObject(meta[META_KEY.clientCapabilities]))
    missing.push(
      `${META_KEY.clientCapabilities}${META_KEY.clientCapabilities in meta ? ` (${brief(meta[META_KEY.clientCapabilities])}, not an object)` : ""}`,
    );
  if (missing.length) {
    ctx.flag(
      REQUEST_ENVELOPE,
      `${method} in the 2026-07-28 era lacks the required _meta field${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}`,
    );
  } else if (!isObject(meta[META_KEY.clientInfo])) {
    ctx.flag(REQUEST_ENVELOPE, `${method} carries no ${META_KEY.clientInfo} in _meta: clients should name themselves on every request`, {
      severity: "warning",
    });
  }
}

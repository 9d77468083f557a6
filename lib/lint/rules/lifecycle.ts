import { KNOWN_PROTOCOL_VERSIONS, SPEC, isModernVersion } from "../spec";
import { brief, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";

// Lifecycle (MCP 2025-11-25 basic/lifecycle): initialization MUST be the first interaction.
// "The client SHOULD NOT send requests other than pings before the server has responded to
// the initialize request. The server SHOULD NOT send requests other than pings and logging
// before receiving the initialized notification." The client sends notifications/initialized
// before normal operations. Version negotiation: the server answers the requested version
// or another one it supports; both sides speak a published version.
// This family also records what the session negotiated, for the families after it.
// None of this applies to the 2026-07-28 era (no initialize, every request stands alone): once
// the era family has seen a modern request, only a new initialize is this family's business.

export const BEFORE_INITIALIZATION: Rule = {
  id: "lifecycle/before-initialization",
  severity: "warning",
  specUrl: SPEC.lifecycleInit,
  summary:
    "Nothing but ping and logging before the initialize response; no requests but ping before notifications/initialized (either side).",
};
export const PROTOCOL_VERSION: Rule = {
  id: "lifecycle/protocol-version",
  severity: "error",
  specUrl: SPEC.lifecycleVersion,
  summary: "The requested and the negotiated protocol versions are published MCP versions.",
};

/** Notifications either side may send before the handshake ends (logging, and housekeeping about requests). */
const EARLY_NOTIFICATIONS = new Set(["notifications/message", "notifications/cancelled", "notifications/progress"]);

export function lifecycleFamily(): Family {
  return {
    rules: [BEFORE_INITIALIZATION, PROTOCOL_VERSION],
    reset() {},
    message(ctx: MessageCtx) {
      const { msg, entry, session } = ctx;
      const fromClient = entry.dir === "client->server";
      if (msg.kind === "request" && msg.method === "initialize" && fromClient) {
        const params = isObject(msg.params) ? msg.params : {};
        session.requestedVersion = typeof params.protocolVersion === "string" ? params.protocolVersion : undefined;
        session.clientCapabilities = isObject(params.capabilities) ? params.capabilities : {};
        if (isModernVersion(params.protocolVersion)) {
          ctx.flag(
            PROTOCOL_VERSION,
            `the client asks initialize for protocol version ${brief(params.protocolVersion)}, a version that has no initialize handshake (it opens with server/discover); initialize negotiates ${KNOWN_PROTOCOL_VERSIONS.join(", ")}`,
          );
        } else if (!KNOWN_PROTOCOL_VERSIONS.includes(String(params.protocolVersion))) {
          ctx.flag(
            PROTOCOL_VERSION,
            `the client asks for protocol version ${brief(params.protocolVersion)}, which is not a published version (${KNOWN_PROTOCOL_VERSIONS.join(", ")})`,
          );
        }
        return;
      }
      if (msg.kind === "response" && ctx.answers?.method === "initialize" && !fromClient) {
        const result = msg.result;
        if (!isObject(result) || msg.isError) return;
        session.initializeAnswered = true;
        session.protocolVersion = typeof result.protocolVersion === "string" ? result.protocolVersion : undefined;
        session.serverCapabilities = isObject(result.capabilities) ? result.capabilities : {};
        const v = result.protocolVersion;
        // A 2026-07-28 version here is modern/era-mismatch's finding.
        if (!KNOWN_PROTOCOL_VERSIONS.includes(String(v)) && !isModernVersion(v)) {
          const asked = v === session.requestedVersion ? "" : ` and not the ${brief(session.requestedVersion)} the client asked for`;
          ctx.flag(PROTOCOL_VERSION, `the server answers protocol version ${brief(v)}, which is not a published version${asked}`, {
            relatedSeq: ctx.answers.seq,
          });
        }
        return;
      }
      if (msg.kind === "notification" && msg.method === "notifications/initialized" && fromClient) {
        if (!session.initializeAnswered) {
          ctx.flag(BEFORE_INITIALIZATION, "notifications/initialized was sent before the server answered initialize");
        }
        session.initialized = true;
        return;
      }
      if (session.initialized || session.era === "modern") return;
      if (msg.kind === "request" && msg.method !== "ping") {
        if (!session.initializeAnswered) {
          ctx.flag(
            BEFORE_INITIALIZATION,
            `${fromClient ? "the client" : "the server"} sent ${msg.method} before the initialize handshake completed`,
          );
        } else {
          ctx.flag(
            BEFORE_INITIALIZATION,
            `${fromClient ? "the client" : "the server"} sent ${msg.method} before the client sent notifications/initialized`,
          );
        }
      } else if (msg.kind === "notification" && !session.initializeAnswered && !EARLY_NOTIFICATIONS.has(msg.method)) {
        ctx.flag(
          BEFORE_INITIALIZATION,
          `${fromClient ? "the client" : "the server"} sent ${msg.method} before the server answered initialize`,
        );
      }
    },
  };
}

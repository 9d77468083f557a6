import { LOG_LEVELS, isLogLevel } from "../../protocol/log-levels";
import { SPEC } from "../spec";
import { type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";

// Logging (MCP 2025-11-25 server/utilities/logging): after logging/setLevel "the server
// SHOULD send all logs at the configured minimum level and higher" (RFC 5424 severities).
// The level applies from the successful response on: messages already in flight when the
// client sent setLevel are not held against the server.

export const ABOVE_LEVEL: Rule = {
  id: "logging/above-level",
  severity: "warning",
  specUrl: SPEC.logging,
  summary: "A log message less severe than the minimum level the client set with logging/setLevel.",
};

export function loggingFamily(): Family {
  let minimum: { level: string; rank: number; seq: number } | undefined;
  return {
    rules: [ABOVE_LEVEL],
    reset() {
      minimum = undefined;
    },
    message(ctx: MessageCtx) {
      const { msg, entry } = ctx;
      if (msg.kind === "response" && !msg.isError && ctx.answers?.method === "logging/setLevel" && entry.dir === "server->client") {
        const level = isObject(ctx.answers.params) ? ctx.answers.params.level : undefined;
        if (isLogLevel(level)) minimum = { level, rank: LOG_LEVELS.indexOf(level), seq: ctx.answers.seq };
        return;
      }
      if (msg.kind !== "notification" || msg.method !== "notifications/message" || entry.dir !== "server->client" || !minimum) return;
      const level = isObject(msg.params) ? msg.params.level : undefined;
      if (isLogLevel(level) && LOG_LEVELS.indexOf(level) < minimum.rank) {
        ctx.flag(ABOVE_LEVEL, `a log message at level "${level}", below the minimum "${minimum.level}" the client set`, {
          relatedSeq: minimum.seq,
        });
      }
    },
  };
}

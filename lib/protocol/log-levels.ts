import { LoggingLevelSchema, type LoggingLevel } from "@modelcontextprotocol/sdk/types.js";

/**
 * RFC 5424 severities as MCP names them (logging/setLevel, notifications/message), least severe
 * first: the SDK's schema lists them in the spec's order, and every list of levels here is this one.
 */
export const LOG_LEVELS: readonly LogLevel[] = LoggingLevelSchema.options;
export type LogLevel = LoggingLevel;

export function isLogLevel(level: unknown): level is LogLevel {
  return (LOG_LEVELS as readonly unknown[]).includes(level);
}

/** Rank of a level (unknown levels rank as info so they are not hidden by default). */
export function levelRank(level: string): number {
  const i = (LOG_LEVELS as readonly string[]).indexOf(level);
  return i === -1 ? 1 : i;
}

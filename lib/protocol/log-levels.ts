/** RFC 5424 severities as MCP names them (logging/setLevel, notifications/message), least severe first. */
export const LOG_LEVELS = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Rank of a level (unknown levels rank as info so they are not hidden by default). */
export function levelRank(level: string): number {
  const i = (LOG_LEVELS as readonly string[]).indexOf(level);
  return i === -1 ? 1 : i;
}

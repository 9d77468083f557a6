import type { LoggingLevelSchema } from "@modelcontextprotocol/core";
import type * as z from "zod";
/**
 * RFC 5424 severities as MCP names them (logging/setLevel, notifications/message), least severe
 * first, in the spec's order; every list of levels here is this one. Written out rather than read
 * from the SDK's LoggingLevelSchema: the flag tables need it, and importing the SDK's types module
 * builds all of its schemas (about 20 ms before the launcher can print its URL, and in `--help`).
 * test/log-levels.test.ts keeps it equal to the SDK's.
 */
export declare const LOG_LEVELS: readonly LogLevel[];
export type LogLevel = z.output<typeof LoggingLevelSchema>;
export declare function isLogLevel(level: unknown): level is LogLevel;
/** Rank of a level (unknown levels rank as info so they are not hidden by default). */
export declare function levelRank(level: string): number;

import * as z from "zod";
import { LoadProgressSchema, LoadReportSchema } from "./summary";
import { asRecord, stringOr } from "../json/shape";

/**
 * The page's load channel: a WebSocket of its own to the backend's /ws (same token), on which
 * the page sends only these commands and gets only these events, so a run's progress never
 * crosses the session socket that carries the record. Documented in docs/load.md. Version 1.
 */
export const LOAD_CHANNEL_VERSION = 1 as const;

export const LoadStartSchema = z.object({
  type: z.literal("load-start"),
  id: z.string().min(1).max(200),
  tool: z.string().min(1),
  arguments: z.record(z.string(), z.unknown()).default({}),
  concurrency: z.number().int().positive().max(1000),
  /** Calls started per second at most; absent: as fast as the concurrency allows. */
  rate: z.number().positive().optional(),
  /** Stop starting calls after this long (in-flight calls finish). */
  durationMs: z.number().positive().max(3_600_000).optional(),
  /** Stop after starting this many calls. */
  requests: z.number().int().positive().optional(),
  /** Calls made first and not counted. */
  warmup: z.number().int().nonnegative().max(100_000).default(0),
});
export type LoadStart = z.infer<typeof LoadStartSchema>;

export const LoadCommandSchema = z.discriminatedUnion("type", [
  LoadStartSchema,
  /** Stop starting calls now; the run ends once its in-flight calls have, with its report. */
  z.object({ type: z.literal("load-stop"), id: z.string().min(1).max(200), runId: z.string() }),
]);
export type LoadCommand = z.infer<typeof LoadCommandSchema>;

export const LoadEventSchemas = [
  /** The run began on a connection of its own (`load-start`'s id, the run's id). */
  z.object({ type: z.literal("load-started"), id: z.string(), runId: z.string(), channel: z.literal(LOAD_CHANNEL_VERSION) }),
  /** Twice a second while the run goes. */
  z.object({ type: z.literal("load-progress"), runId: z.string(), progress: LoadProgressSchema }),
  /** The run ended (its duration or count, a stop, or the connection lost): its report. */
  z.object({ type: z.literal("load-done"), runId: z.string(), report: LoadReportSchema }),
  /** A command refused, or a run that could not start or connect; `id` names the command. */
  z.object({ type: z.literal("load-failed"), id: z.string().optional(), runId: z.string().optional(), message: z.string() }),
] as const;
export const LoadEventSchema = z.discriminatedUnion("type", LoadEventSchemas);
export type LoadEvent = z.infer<typeof LoadEventSchema>;

/** A frame of the load channel (its type starts with "load-"), checked before the session protocol sees it. */
export function isLoadFrame(text: string): boolean {
  return /^\s*\{\s*"type"\s*:\s*"load-/.test(text);
}

/** Parse a load command, or say in words why it is not one. */
export function parseLoadCommand(text: string): { ok: true; command: LoadCommand } | { ok: false; message: string; id?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "frame is not JSON" };
  }
  const parsed = LoadCommandSchema.safeParse(json);
  if (parsed.success) return { ok: true, command: parsed.data };
  const id = stringOr(asRecord(json).id);
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    id,
    message: `invalid load command${issue?.path.length ? ` at ${issue.path.join(".")}` : ""}: ${issue?.message ?? "unknown shape"}`,
  };
}

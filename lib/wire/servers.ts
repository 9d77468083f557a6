import * as z from "zod";
import { HOSTS } from "../target/host-entry";
import { SessionStateSchema } from "../session/state";

/**
 * The page's server list on the wire (issue 65): the servers of the `--config` file the launcher
 * was given, or of the host configurations it finds (the project's and the user's). The backend
 * keeps each server's target; the page gets names only for its environment variables and headers
 * (never a value), and connects one by its key.
 */

const cmd = { id: z.string().min(1).max(200) };

export const ServerCommandSchemas = [
  /** The configured servers, read again from their files (a file edited since shows its new servers). */
  z.object({ ...cmd, type: z.literal("servers-list") }),
  /** Connect the engine to one of them, by its key from the list (the backend's held target, secrets and all). */
  z.object({ ...cmd, type: z.literal("server-connect"), key: z.string().min(1).max(2000) }),
] as const;

export const ConfiguredServerViewSchema = z.object({
  /** Names it for `server-connect`: its file and its name. */
  key: z.string(),
  name: z.string(),
  host: z.enum(HOSTS),
  /** The file whose entry won (a project's over the user's). */
  file: z.string(),
  scope: z.string(),
  transport: z.enum(["stdio", "http", "sse"]).optional(),
  /** The command line or the URL, as a person reads it (no environment, no header values). */
  summary: z.string().optional(),
  envNames: z.array(z.string()),
  headerNames: z.array(z.string()),
  /** False: the host would not start it (`disabled: true`, `enabled: false`); `skipped` says so. */
  enabled: z.boolean(),
  skipped: z.string().optional(),
  /** Why it cannot start: the entry is wrong, a variable is unset, the command is not found. */
  problem: z.string().optional(),
});
export type ConfiguredServerView = z.infer<typeof ConfiguredServerViewSchema>;

export const ServerListSchema = z.object({
  /** "config": the file given with --config; "found": the host configurations found on this machine. */
  source: z.enum(["config", "found"]),
  /** Each file looked at: found or not, or why it could not be read. */
  files: z.array(z.object({ file: z.string(), host: z.enum(HOSTS), scope: z.string(), found: z.boolean(), error: z.string().optional() })),
  servers: z.array(ConfiguredServerViewSchema),
  /** The key of the server the engine was last connected to from this list. */
  current: z.string().optional(),
});
export type ServerList = z.infer<typeof ServerListSchema>;

export const ServerReplySchemas = {
  "servers-list": ServerListSchema,
  "server-connect": SessionStateSchema,
} as const;

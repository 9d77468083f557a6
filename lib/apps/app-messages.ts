import * as z from "zod";

/** The two ends of an App's channel: the App (the frame) and the host (this inspector's page). */
export const AppDirectionSchema = z.enum(["app->host", "host->app"]);
export type AppDirection = z.infer<typeof AppDirectionSchema>;

/**
 * One message between an App and the host, as the tapped postMessage transport saw it. `serverSeq`
 * links a message to the record entry of the request it made the inspector send to the server
 * (an App's tools/call or resources/read).
 */
export const AppMessageSchema = z.object({
  n: z.number().int().positive(),
  t: z.number(),
  dir: AppDirectionSchema,
  message: z.unknown(),
  serverSeq: z.number().int().positive().optional(),
});
export type AppMessage = z.infer<typeof AppMessageSchema>;

/** ChatGPT's own requests of a widget (window.openai's ChatGPT-only actions, lib/apps/openai-shim.ts): known, not MCP Apps'. */
export const OPENAI_APP_METHODS: ReadonlySet<string> = new Set([
  "openai/uploadFile",
  "openai/requestModal",
  "openai/requestCheckout",
  "openai/setOpenInAppUrl",
]);

/** The methods of the MCP Apps protocol (spec 2026-01-26) and the MCP ones an App may use through its host. */
export const KNOWN_APP_METHODS: ReadonlySet<string> = new Set([
  "ui/initialize",
  "ui/notifications/initialized",
  "ui/notifications/tool-input",
  "ui/notifications/tool-input-partial",
  "ui/notifications/tool-result",
  "ui/notifications/tool-cancelled",
  "ui/notifications/host-context-changed",
  "ui/notifications/size-changed",
  "ui/notifications/request-teardown",
  "ui/notifications/sandbox-proxy-ready",
  "ui/notifications/sandbox-resource-ready",
  "ui/resource-teardown",
  "ui/message",
  "ui/open-link",
  "ui/download-file",
  "ui/request-display-mode",
  "ui/update-model-context",
  "tools/call",
  "tools/list",
  "resources/read",
  "resources/list",
  "resources/templates/list",
  "prompts/list",
  "notifications/message",
  "notifications/tools/list_changed",
  "notifications/resources/list_changed",
  "notifications/prompts/list_changed",
  "ping",
]);

interface Shape {
  id?: unknown;
  method?: unknown;
  params?: unknown;
  result?: unknown;
  error?: { message?: unknown };
}

/** The method of a request or notification; undefined for a response. */
export function methodOf(message: unknown): string | undefined {
  const m = (message as Shape | null)?.method;
  return typeof m === "string" ? m : undefined;
}

/** The JSON-RPC id of a request or response; undefined for a notification. */
export function idOf(message: unknown): string | number | undefined {
  const id = (message as Shape | null)?.id;
  return typeof id === "string" || typeof id === "number" ? id : undefined;
}

/** The request a response answers: same id, sent the other way, earlier. */
export function requestOf(log: readonly AppMessage[], response: AppMessage): AppMessage | undefined {
  const id = idOf(response.message);
  if (id === undefined || methodOf(response.message)) return undefined;
  for (let i = log.indexOf(response) - 1; i >= 0; i--) {
    const m = log[i];
    if (m.dir !== response.dir && idOf(m.message) === id && methodOf(m.message)) return m;
  }
  return undefined;
}

/** A one-line summary: the method, or "result"/"error: …" for a response. */
export function summaryOf(message: unknown): string {
  const s = message as Shape | null;
  const method = methodOf(message);
  if (method) return method;
  if (s?.error) return `error: ${typeof s.error.message === "string" ? s.error.message : "?"}`;
  return "result";
}

/** Longest log text a row shows (its JSON, one click away, has all of it). */
const LOG_TEXT_MAX = 300;

/**
 * A log message's words, for its row: "info: panel says hi" (the level, the logger in brackets,
 * the data as text or JSON, cut); undefined when the message is not a `notifications/message`.
 */
export function logLineOf(message: unknown): string | undefined {
  if (methodOf(message) !== "notifications/message") return undefined;
  const p = (message as { params?: unknown }).params;
  const params = typeof p === "object" && p !== null ? (p as Record<string, unknown>) : {};
  const level = typeof params.level === "string" ? params.level : "info";
  const logger = typeof params.logger === "string" ? ` [${params.logger}]` : "";
  let text: string;
  try {
    text = typeof params.data === "string" ? params.data : (JSON.stringify(params.data) ?? "");
  } catch {
    text = String(params.data);
  }
  if (text.length > LOG_TEXT_MAX) text = `${text.slice(0, LOG_TEXT_MAX)}…`;
  return `${level}${logger}: ${text}`;
}

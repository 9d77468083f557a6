import {
  CallToolRequestSchema,
  CallToolResultSchema,
  CancelTaskRequestSchema,
  CancelTaskResultSchema,
  CancelledNotificationSchema,
  CompatibilityCallToolResultSchema,
  CompleteRequestSchema,
  CompleteResultSchema,
  CreateMessageRequestSchema,
  CreateMessageResultSchema,
  CreateMessageResultWithToolsSchema,
  CreateTaskResultSchema,
  ElicitRequestSchema,
  ElicitResultSchema,
  ElicitationCompleteNotificationSchema,
  GetPromptRequestSchema,
  GetPromptResultSchema,
  GetTaskPayloadRequestSchema,
  GetTaskPayloadResultSchema,
  GetTaskRequestSchema,
  GetTaskResultSchema,
  InitializeRequestSchema,
  InitializeResultSchema,
  InitializedNotificationSchema,
  ListPromptsRequestSchema,
  ListPromptsResultSchema,
  ListResourceTemplatesRequestSchema,
  ListResourceTemplatesResultSchema,
  ListResourcesRequestSchema,
  ListResourcesResultSchema,
  ListRootsRequestSchema,
  ListRootsResultSchema,
  ListTasksRequestSchema,
  ListTasksResultSchema,
  ListToolsRequestSchema,
  ListToolsResultSchema,
  LoggingMessageNotificationSchema,
  PingRequestSchema,
  ProgressNotificationSchema,
  PromptListChangedNotificationSchema,
  ReadResourceRequestSchema,
  ReadResourceResultSchema,
  ResourceListChangedNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ResultSchema,
  RootsListChangedNotificationSchema,
  SetLevelRequestSchema,
  SubscribeRequestSchema,
  TaskStatusNotificationSchema,
  ToolListChangedNotificationSchema,
  UnsubscribeRequestSchema,
} from "../../protocol/sdk";
import { SPEC } from "../spec";
import { type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";

// Each request, notification and result against the SDK's zod schema for its method (MCP
// 2025-11-25 schema reference); a result by the method of the request it answers. Methods
// the spec does not define for that direction are not judged (servers may add their own).
//
// Version notes: fields added by later versions are optional in the SDK's schemas and the
// schemas accept unknown fields, so a message valid under an older negotiated version passes.
// Where a version really differs it is handled here: 2024-10-07 tools/call results may carry
// `toolResult` instead of `content`. Results that the spec types as EmptyResult (= Result,
// which admits any members) are checked with the loose ResultSchema, not the SDK's strict
// EmptyResultSchema, so extra members valid under the spec are not flagged.

export const REQUEST: Rule = {
  id: "schema/request",
  severity: "error",
  specUrl: SPEC.mcpSchema,
  summary: "A request's params match the spec's schema for its method and direction.",
};
export const NOTIFICATION: Rule = {
  id: "schema/notification",
  severity: "error",
  specUrl: SPEC.mcpSchema,
  summary: "A notification's params match the spec's schema for its method and direction.",
};
export const RESULT: Rule = {
  id: "schema/result",
  severity: "error",
  specUrl: SPEC.mcpSchema,
  summary: "A result matches the schema of the method of the request it answers (any result is an object).",
};

interface Parser {
  safeParse(v: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}
type Table = Record<string, Parser>;

const CLIENT_REQUESTS: Table = {
  initialize: InitializeRequestSchema,
  ping: PingRequestSchema,
  "completion/complete": CompleteRequestSchema,
  "logging/setLevel": SetLevelRequestSchema,
  "prompts/get": GetPromptRequestSchema,
  "prompts/list": ListPromptsRequestSchema,
  "resources/list": ListResourcesRequestSchema,
  "resources/templates/list": ListResourceTemplatesRequestSchema,
  "resources/read": ReadResourceRequestSchema,
  "resources/subscribe": SubscribeRequestSchema,
  "resources/unsubscribe": UnsubscribeRequestSchema,
  "tools/call": CallToolRequestSchema,
  "tools/list": ListToolsRequestSchema,
  "tasks/get": GetTaskRequestSchema,
  "tasks/result": GetTaskPayloadRequestSchema,
  "tasks/list": ListTasksRequestSchema,
  "tasks/cancel": CancelTaskRequestSchema,
};
const SERVER_REQUESTS: Table = {
  ping: PingRequestSchema,
  "sampling/createMessage": CreateMessageRequestSchema,
  "elicitation/create": ElicitRequestSchema,
  "roots/list": ListRootsRequestSchema,
  "tasks/get": GetTaskRequestSchema,
  "tasks/result": GetTaskPayloadRequestSchema,
  "tasks/list": ListTasksRequestSchema,
  "tasks/cancel": CancelTaskRequestSchema,
};
const CLIENT_NOTIFICATIONS: Table = {
  "notifications/cancelled": CancelledNotificationSchema,
  "notifications/progress": ProgressNotificationSchema,
  "notifications/initialized": InitializedNotificationSchema,
  "notifications/roots/list_changed": RootsListChangedNotificationSchema,
  "notifications/tasks/status": TaskStatusNotificationSchema,
};
const SERVER_NOTIFICATIONS: Table = {
  "notifications/cancelled": CancelledNotificationSchema,
  "notifications/progress": ProgressNotificationSchema,
  "notifications/message": LoggingMessageNotificationSchema,
  "notifications/resources/updated": ResourceUpdatedNotificationSchema,
  "notifications/resources/list_changed": ResourceListChangedNotificationSchema,
  "notifications/tools/list_changed": ToolListChangedNotificationSchema,
  "notifications/prompts/list_changed": PromptListChangedNotificationSchema,
  "notifications/tasks/status": TaskStatusNotificationSchema,
  "notifications/elicitation/complete": ElicitationCompleteNotificationSchema,
};
/** Result schemas by the method of the request answered; keyed by who answers. */
const SERVER_RESULTS: Table = {
  initialize: InitializeResultSchema,
  ping: ResultSchema,
  "completion/complete": CompleteResultSchema,
  "logging/setLevel": ResultSchema,
  "prompts/get": GetPromptResultSchema,
  "prompts/list": ListPromptsResultSchema,
  "resources/list": ListResourcesResultSchema,
  "resources/templates/list": ListResourceTemplatesResultSchema,
  "resources/read": ReadResourceResultSchema,
  "resources/subscribe": ResultSchema,
  "resources/unsubscribe": ResultSchema,
  "tools/call": CallToolResultSchema,
  "tools/list": ListToolsResultSchema,
  "tasks/get": GetTaskResultSchema,
  "tasks/result": GetTaskPayloadResultSchema,
  "tasks/list": ListTasksResultSchema,
  "tasks/cancel": CancelTaskResultSchema,
};
const CLIENT_RESULTS: Table = {
  ping: ResultSchema,
  "sampling/createMessage": CreateMessageResultSchema,
  "elicitation/create": ElicitResultSchema,
  "roots/list": ListRootsResultSchema,
  "tasks/get": GetTaskResultSchema,
  "tasks/result": GetTaskPayloadResultSchema,
  "tasks/list": ListTasksResultSchema,
  "tasks/cancel": CancelTaskResultSchema,
};

/** Requests whose answer can be a task handle instead of the result (2025-11-25 tasks). */
const TASK_AUGMENTABLE = new Set(["tools/call", "sampling/createMessage", "elicitation/create"]);

function resultSchemaFor(ctx: MessageCtx, method: string): Parser {
  const fromServer = ctx.entry.dir === "server->client";
  const params = ctx.answers?.params;
  if (isObject(params) && isObject(params.task) && TASK_AUGMENTABLE.has(method)) return CreateTaskResultSchema;
  if (method === "sampling/createMessage" && isObject(params) && Array.isArray(params.tools)) return CreateMessageResultWithToolsSchema;
  if (method === "tools/call" && ctx.session.protocolVersion === "2024-10-07") return CompatibilityCallToolResultSchema;
  return (fromServer ? SERVER_RESULTS : CLIENT_RESULTS)[method] ?? ResultSchema;
}

function describeIssues(
  ctx: MessageCtx,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  prefix: readonly PropertyKey[],
): string | undefined {
  const kept = issues.filter((i) => !ctx.coveredPaths.some((covered) => covered(i.path, ctx)));
  if (kept.length === 0) return undefined;
  const shown = kept.slice(0, 3).map((i) => `${[...prefix, ...i.path].map(String).join(".") || "(root)"}: ${i.message}`);
  return shown.join("; ") + (kept.length > 3 ? `; and ${kept.length - 3} more` : "");
}

export function schemaFamily(): Family {
  return {
    rules: [REQUEST, NOTIFICATION, RESULT],
    reset() {},
    message(ctx: MessageCtx) {
      const { msg, entry } = ctx;
      const fromServer = entry.dir === "server->client";
      if (msg.kind === "request" || msg.kind === "notification") {
        // params that are not an object are already reported as not a JSON-RPC message.
        if (ctx.reported.has("jsonrpc/invalid-message")) return;
        const table =
          msg.kind === "request"
            ? fromServer
              ? SERVER_REQUESTS
              : CLIENT_REQUESTS
            : fromServer
              ? SERVER_NOTIFICATIONS
              : CLIENT_NOTIFICATIONS;
        const schema = Object.hasOwn(table, msg.method) ? table[msg.method] : undefined;
        if (!schema) return;
        const r = schema.safeParse(entry.message);
        if (r.success) return;
        const why = describeIssues(ctx, r.error.issues, []);
        if (why) ctx.flag(msg.kind === "request" ? REQUEST : NOTIFICATION, `${msg.method} does not match the spec's schema: ${why}`);
        return;
      }
      if (msg.kind !== "response" || msg.isError || !("result" in (entry.message as object)) || !ctx.answers) return;
      // A 2026-07-28 interim result (input_required, or the tasks extension's task) is not the
      // method's result: the modern/* rules judge it.
      if (isObject(msg.result) && (msg.result.resultType === "input_required" || msg.result.resultType === "task")) return;
      const method = ctx.answers.method;
      const r = resultSchemaFor(ctx, method).safeParse(msg.result);
      if (r.success) return;
      const why = describeIssues(ctx, r.error.issues, ["result"]);
      if (why) ctx.flag(RESULT, `the result of ${method} does not match the spec's schema: ${why}`, { relatedSeq: ctx.answers.seq });
    },
  };
}

/**
 * A request's result, typed by its method: the SDK's (v2) result schema for each MCP method, so
 * code reads `resultOf("tools/list", message)` and gets a `ListToolsResult` the schema accepted,
 * instead of casting `message.result`. A result the schema refuses is undefined here: code that
 * shows whatever a target sent (the page, loosened in shapes.ts) reads jsonrpc.ts's `resultObject`.
 */
import {
  CallToolResultSchema,
  CancelTaskResultSchema,
  CompleteResultSchema,
  CreateMessageResultSchema,
  CreateTaskResultSchema,
  DiscoverResultSchema,
  ElicitResultSchema,
  EmptyResultSchema,
  GetPromptResultSchema,
  GetTaskPayloadResultSchema,
  GetTaskResultSchema,
  InitializeResultSchema,
  ListPromptsResultSchema,
  ListResourceTemplatesResultSchema,
  ListResourcesResultSchema,
  ListRootsResultSchema,
  ListTasksResultSchema,
  ListToolsResultSchema,
  ReadResourceResultSchema,
  SubscriptionsListenResultSchema,
} from "@modelcontextprotocol/core";
import type * as z from "zod";
import { isResponse } from "./jsonrpc";

/** Each request method's result schema (2025-11-25 and 2026-07-28 methods alike). */
const RESULT_SCHEMAS = {
  ping: EmptyResultSchema,
  initialize: InitializeResultSchema,
  "server/discover": DiscoverResultSchema,
  "completion/complete": CompleteResultSchema,
  "logging/setLevel": EmptyResultSchema,
  "prompts/get": GetPromptResultSchema,
  "prompts/list": ListPromptsResultSchema,
  "resources/list": ListResourcesResultSchema,
  "resources/templates/list": ListResourceTemplatesResultSchema,
  "resources/read": ReadResourceResultSchema,
  "resources/subscribe": EmptyResultSchema,
  "resources/unsubscribe": EmptyResultSchema,
  "subscriptions/listen": SubscriptionsListenResultSchema,
  "tools/call": CallToolResultSchema,
  "tools/list": ListToolsResultSchema,
  "tasks/get": GetTaskResultSchema,
  "tasks/list": ListTasksResultSchema,
  "tasks/result": GetTaskPayloadResultSchema,
  "tasks/cancel": CancelTaskResultSchema,
  "sampling/createMessage": CreateMessageResultSchema,
  "elicitation/create": ElicitResultSchema,
  "roots/list": ListRootsResultSchema,
} as const;

/** A method whose result has a schema here. */
export type ResultMethod = keyof typeof RESULT_SCHEMAS;

export function isResultMethod(method: string): method is ResultMethod {
  return Object.hasOwn(RESULT_SCHEMAS, method);
}

/** The result type of a method, as its schema parses it. */
export type ResultOf<M extends ResultMethod> = z.output<(typeof RESULT_SCHEMAS)[M]>;

/** A task-augmented request's first answer (2025-11-25 tasks): `{ task }` instead of the result. */
export type CreateTaskResult = z.output<typeof CreateTaskResultSchema>;

/**
 * The result of `method` in `reply`: a JSON-RPC response's `result`, or a bare result (what the
 * engine's handles give), when the method's schema accepts it; undefined for an error, another
 * shape, or a result that breaks the schema.
 */
export function resultOf<M extends ResultMethod>(method: M, reply: unknown): ResultOf<M> | undefined {
  const parsed = RESULT_SCHEMAS[method].safeParse(isResponse(reply) ? reply.result : reply);
  return parsed.success ? (parsed.data as ResultOf<M>) : undefined;
}

/** A `{ task }` answer to a task-augmented request, when it is one. */
export function createTaskResultOf(reply: unknown): CreateTaskResult | undefined {
  const parsed = CreateTaskResultSchema.safeParse(isResponse(reply) ? reply.result : reply);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Why `result` is not what `method` returns, in words ("contents: expected array, received
 * undefined"), or undefined when its schema accepts it: for callers that give the result on as
 * sent and must not claim a shape the server did not send.
 */
export function resultProblem(method: ResultMethod, result: unknown): string | undefined {
  const parsed = RESULT_SCHEMAS[method].safeParse(result);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return `${issue.path.join(".") || "the result"}: ${issue.message}`;
}

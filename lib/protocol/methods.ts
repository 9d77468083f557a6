import {
  CancelTaskRequestSchema,
  ClientNotificationSchema,
  ClientRequestSchema,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  GetTaskPayloadRequestSchema,
  GetTaskRequestSchema,
  ListRootsRequestSchema,
  ListTasksRequestSchema,
  TaskStatusNotificationSchema,
} from "@modelcontextprotocol/core";
import { LOG_LEVELS } from "./log-levels";
import { asRecord } from "../json/shape";

/**
 * 2026-07-28 methods the composer does not list: the engine sends them itself (the handshake, the
 * Resources tab's subscription), as v1's list, which this one was, never named them.
 */
const ENGINE_ONLY = new Set<string>(["server/discover", "subscriptions/listen"]);

/**
 * The protocol's client->server request methods (the SDK's list), for completion in the raw
 * composer. v2's list leaves out the 2025-11-25 tasks methods (wire vocabulary it keeps schemas
 * for), which the composer still offers.
 */
export const REQUEST_METHODS: string[] = [
  ...ClientRequestSchema.options.map((r) => r.shape.method.value).filter((m) => !ENGINE_ONLY.has(m)),
  ...[GetTaskRequestSchema, GetTaskPayloadRequestSchema, ListTasksRequestSchema, CancelTaskRequestSchema].map((r) => r.shape.method.value),
];

/** The protocol's client->server notification methods (the SDK's list, with 2025-11-25's task status). */
export const NOTIFICATION_METHODS: string[] = [
  ...ClientNotificationSchema.options.map((n) => n.shape.method.value),
  TaskStatusNotificationSchema.shape.method.value,
];

/**
 * The server->client requests a client answers: the engine holds them (for a person, a standing
 * answer or the harness) when the client offered the capability, and the page shows them.
 */
export const SERVER_REQUEST_METHODS = [
  CreateMessageRequestSchema.shape.method.value,
  ElicitRequestSchema.shape.method.value,
  ListRootsRequestSchema.shape.method.value,
] as const;
export type ServerRequestMethod = (typeof SERVER_REQUEST_METHODS)[number];

export function isServerRequestMethod(method: unknown): method is ServerRequestMethod {
  return (SERVER_REQUEST_METHODS as readonly unknown[]).includes(method);
}

const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  properties: { ...properties, _meta: { type: "object", description: "Request metadata (progressToken, vendor keys)" } },
  required,
});
const str = (description: string) => ({ type: "string", description });
const cursor = obj({ cursor: str("Opaque pagination cursor from a previous nextCursor") });
const taskId = obj({ taskId: str("The task's id") }, ["taskId"]);

/** JSON Schemas of known methods' params, for completion and hints (any other method is allowed too). */
export const PARAM_SCHEMAS: Record<string, object> = {
  ping: obj({}),
  "tools/list": cursor,
  "tools/call": obj(
    { name: str("Tool name"), arguments: { type: "object" }, task: { type: "object", properties: { ttl: { type: "integer" } } } },
    ["name"],
  ),
  "resources/list": cursor,
  "resources/templates/list": cursor,
  "resources/read": obj({ uri: str("Resource URI") }, ["uri"]),
  "resources/subscribe": obj({ uri: str("Resource URI") }, ["uri"]),
  "resources/unsubscribe": obj({ uri: str("Resource URI") }, ["uri"]),
  "prompts/list": cursor,
  "prompts/get": obj({ name: str("Prompt name"), arguments: { type: "object", additionalProperties: { type: "string" } } }, ["name"]),
  "completion/complete": obj(
    {
      ref: {
        oneOf: [
          { type: "object", properties: { type: { const: "ref/prompt" }, name: { type: "string" } }, required: ["type", "name"] },
          { type: "object", properties: { type: { const: "ref/resource" }, uri: { type: "string" } }, required: ["type", "uri"] },
        ],
      },
      argument: { type: "object", properties: { name: { type: "string" }, value: { type: "string" } }, required: ["name", "value"] },
      context: { type: "object", properties: { arguments: { type: "object", additionalProperties: { type: "string" } } } },
    },
    ["ref", "argument"],
  ),
  "logging/setLevel": obj({ level: { enum: [...LOG_LEVELS] } }, ["level"]),
  "tasks/get": taskId,
  "tasks/result": taskId,
  "tasks/cancel": taskId,
  "tasks/list": cursor,
  "notifications/cancelled": obj({ requestId: { type: ["string", "integer"] }, reason: str("Why") }),
  "notifications/progress": obj(
    {
      progressToken: { type: ["string", "integer"] },
      progress: { type: "number" },
      total: { type: "number" },
      message: { type: "string" },
    },
    ["progressToken", "progress"],
  ),
};

/**
 * The schema of the composer's document, `{ "method": …, "params": … }`: the method completes
 * from the protocol's names (any string is still allowed), params from the chosen method's schema.
 */
export function composerSchema(kind: "request" | "notification"): object {
  const names = kind === "request" ? REQUEST_METHODS : NOTIFICATION_METHODS;
  return {
    type: "object",
    properties: {
      method: {
        anyOf: [{ enum: [...names] }, { type: "string" }],
        description: kind === "request" ? "Any method; the protocol's are suggested" : "Any notification method",
      },
      params: { type: "object" },
    },
    required: ["method"],
    additionalProperties: false,
    allOf: Object.entries(PARAM_SCHEMAS).map(([m, s]) => ({
      if: { properties: { method: { const: m } }, required: ["method"] },
      then: { properties: { params: s } },
    })),
  };
}

/** The composer's document parsed: method and params, or what is wrong in words. */
export function parseComposer(
  text: string,
): { ok: true; method: string; params?: Record<string, unknown> } | { ok: false; message: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return { ok: false, message: 'write an object: { "method": "…", "params": { … } }' };
  const o = asRecord(v);
  if (typeof o.method !== "string" || !o.method) return { ok: false, message: "method must be a non-empty string" };
  if (o.params !== undefined && (typeof o.params !== "object" || o.params === null || Array.isArray(o.params)))
    return { ok: false, message: "params must be an object (the backend sends by-name params)" };
  return { ok: true, method: o.method, params: o.params as Record<string, unknown> | undefined };
}

import { SPEC } from "../spec";
import { type Family, type MessageCtx, type Rule } from "../rule";
import { objectOr, type JsonObject } from "../../json/shape";

// Capability negotiation (MCP 2025-11-25 basic/lifecycle#capability-negotiation): "Both
// parties MUST only use capabilities that were successfully negotiated". A server asks the
// client for sampling, elicitation (per mode: "Servers MUST NOT send elicitation requests with
// modes that are not supported by the client"; an empty elicitation object means form only),
// roots and tasks only when the client declared them, and tool-enabled sampling only with
// sampling.tools. A server sends list_changed only with listChanged, resources/updated only
// with resources.subscribe, and log messages only with logging ("Servers that emit log
// message notifications MUST declare the logging capability").

export const CLIENT_NOT_OFFERED: Rule = {
  id: "capabilities/client-not-offered",
  severity: "error",
  specUrl: SPEC.lifecycleCapabilities,
  summary: "The server sends a request (sampling, elicitation and its mode, roots, tasks) for a capability the client did not declare.",
};
export const SERVER_NOT_DECLARED: Rule = {
  id: "capabilities/server-not-declared",
  severity: "warning",
  specUrl: SPEC.lifecycleCapabilities,
  summary: "The server sends a notification (list_changed, resources/updated, log message) for a capability it did not declare.",
};

/** What the server's request needs from the client's capabilities; undefined when it is offered. */
function missingClientCapability(method: string, params: unknown, caps: JsonObject): string | undefined {
  const p = objectOr(params) ?? {};
  switch (method) {
    case "sampling/createMessage": {
      const sampling = objectOr(caps.sampling);
      if (!sampling) return "sampling";
      if (Array.isArray(p.tools) && !objectOr(sampling.tools)) return "sampling.tools (the request carries tools)";
      return undefined;
    }
    case "elicitation/create": {
      const elicitation = objectOr(caps.elicitation);
      if (!elicitation) return "elicitation";
      const mode = p.mode === "url" ? "url" : "form";
      const declared = Object.keys(elicitation).length === 0 ? ["form"] : Object.keys(elicitation);
      return declared.includes(mode) ? undefined : `elicitation.${mode} (the request uses ${mode} mode)`;
    }
    case "roots/list":
      return objectOr(caps.roots) ? undefined : "roots";
    case "tasks/get":
    case "tasks/result":
    case "tasks/list":
    case "tasks/cancel":
      return objectOr(caps.tasks) ? undefined : "tasks";
    default:
      return undefined;
  }
}

/** The server capability a notification needs; undefined when declared or not a capability notification. */
function missingServerCapability(method: string, caps: JsonObject): string | undefined {
  const has = (cap: string, sub?: string) => {
    const c = objectOr(caps[cap]);
    return !!c && (sub === undefined || c[sub] === true);
  };
  switch (method) {
    case "notifications/tools/list_changed":
      return has("tools", "listChanged") ? undefined : "tools.listChanged";
    case "notifications/prompts/list_changed":
      return has("prompts", "listChanged") ? undefined : "prompts.listChanged";
    case "notifications/resources/list_changed":
      return has("resources", "listChanged") ? undefined : "resources.listChanged";
    case "notifications/resources/updated":
      return has("resources", "subscribe") ? undefined : "resources.subscribe";
    case "notifications/message":
      return has("logging") ? undefined : "logging";
    default:
      return undefined;
  }
}

export function capabilitiesFamily(): Family {
  return {
    rules: [CLIENT_NOT_OFFERED, SERVER_NOT_DECLARED],
    reset() {},
    message(ctx: MessageCtx) {
      const { msg, entry, session } = ctx;
      if (entry.dir !== "server->client") return;
      if (msg.kind === "request" && session.clientCapabilities) {
        const missing = missingClientCapability(msg.method, msg.params, session.clientCapabilities);
        if (missing)
          ctx.flag(CLIENT_NOT_OFFERED, `the server sent ${msg.method}, but the client did not declare the ${missing} capability`);
      } else if (msg.kind === "notification" && session.serverCapabilities) {
        const missing = missingServerCapability(msg.method, session.serverCapabilities);
        if (missing) ctx.flag(SERVER_NOT_DECLARED, `the server sent ${msg.method} without declaring the ${missing} capability`);
      }
    },
  };
}

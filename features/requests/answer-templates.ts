import { asRecord } from "../../lib/json/shape";
/** A starting answer for each kind of request a target can send to the inspector. */
export function answerTemplate(method: string, params: unknown): Record<string, unknown> {
  switch (method) {
    case "sampling/createMessage":
      return { role: "assistant", content: { type: "text", text: "" }, model: "mcp-inspector", stopReason: "endTurn" };
    case "elicitation/create": {
      const schema = (params as { requestedSchema?: { properties?: Record<string, unknown> } } | undefined)?.requestedSchema;
      const mode = asRecord(params).mode;
      if (mode === "url") return { action: "accept" };
      return { action: "accept", content: Object.fromEntries(Object.keys(schema?.properties ?? {}).map((k) => [k, ""])) };
    }
    case "roots/list":
      return { roots: [] };
    case "ping":
      return {};
    default:
      return {};
  }
}

import { asRecord } from "../../lib/json/shape";
/** A starting answer for each kind of request a target can send to the inspector. */
export function answerTemplate(method: string, params: unknown): Record<string, unknown> {
  switch (method) {
    case "sampling/createMessage":
      return { role: "assistant", content: { type: "text", text: "" }, model: "mcp-inspector", stopReason: "endTurn" };
    case "elicitation/create": {
      const p = asRecord(params);
      if (p.mode === "url") return { action: "accept" };
      return {
        action: "accept",
        content: Object.fromEntries(Object.keys(asRecord(asRecord(p.requestedSchema).properties)).map((k) => [k, ""])),
      };
    }
    case "roots/list":
      return { roots: [] };
    case "ping":
      return {};
    default:
      return {};
  }
}

import type { ModelEvent } from "./events";

/** One line for a model event in the timeline and text reports (the model's words, clipped by the caller). */
export function modelEventLabel(e: ModelEvent): string {
  switch (e.type) {
    case "exchange":
      return `model ${e.label}: ${e.method} ${e.url} ${e.status ?? e.error ?? "no response"} (${Math.round(e.ms)} ms)`;
    case "chat-user":
      return `chat: you: ${e.text}`;
    case "chat-assistant":
      return `chat: ${e.label}: ${e.toolCalls.length ? `calls ${e.toolCalls.map((c) => c.name).join(", ")}` : e.text}`;
    case "chat-tool":
      return `chat: tool ${e.name} ${e.decision}${e.problem ? ` (${e.problem})` : ""}`;
    case "sampling":
      return `sampling answered by ${e.label}${e.sent ? "" : " (not sent)"}: ${e.text}`;
  }
}

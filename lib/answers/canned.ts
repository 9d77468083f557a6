import type { CannedRule } from "./schema";
import { asRecord } from "../json/shape";

/**
 * Canned sampling responses: rules that answer sampling/createMessage requests whose text
 * matches, without asking. Off by default; the page shows loudly when they are on.
 */

/** Every text a sampling request carries: the system prompt and each text block of each message. */
export function samplingText(params: unknown): string {
  const p = asRecord(params);
  const texts: string[] = [];
  if (typeof p.systemPrompt === "string") texts.push(p.systemPrompt);
  if (Array.isArray(p.messages)) {
    for (const m of p.messages) {
      const content = asRecord(m).content;
      for (const b of Array.isArray(content) ? content : [content]) {
        const block = asRecord(b);
        if (block.type === "text" && typeof block.text === "string") texts.push(block.text);
      }
    }
  }
  return texts.join("\n");
}

/** A rule's matcher, or an error in words when its regular expression does not compile. */
export function compileRule(match: string): ((text: string) => boolean) | Error {
  const re = /^\/(.+)\/([a-z]*)$/.exec(match);
  if (re) {
    try {
      const r = new RegExp(re[1], re[2].replace(/[gy]/g, ""));
      return (t) => r.test(t);
    } catch (e) {
      return new Error(`not a valid regular expression: ${(e as Error).message}`);
    }
  }
  const needle = match.trim().toLowerCase();
  if (!needle) return new Error("the pattern is empty");
  return (t) => t.toLowerCase().includes(needle);
}

/** The first rule matching the request, as the CreateMessageResult to send; else undefined. */
export function cannedAnswer(rules: readonly CannedRule[], params: unknown): { rule: number; result: Record<string, unknown> } | undefined {
  const text = samplingText(params);
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    const m = compileRule(r.match);
    if (m instanceof Error || !m(text)) continue;
    return {
      rule: i,
      result: {
        role: "assistant",
        content: { type: "text", text: r.text },
        model: r.model || "mcp-inspector-canned",
        stopReason: "endTurn",
      },
    };
  }
  return undefined;
}

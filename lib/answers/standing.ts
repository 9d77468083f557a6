import type { Root, StandingAnswers } from "./schema";
import { cannedAnswer } from "./canned";
import { asRecord } from "../json/shape";

export type StandingReply = { result: Record<string, unknown> } | { error: { code: number; message: string } };

/**
 * What the standing answers say to a server->client request, or undefined when the person
 * must answer it: roots/list always from the roots list; sampling/createMessage when canned
 * rules are on and one matches; elicitation/create unless the policy is "ask".
 */
export function standingAnswer(method: string, params: unknown, answers: StandingAnswers): StandingReply | undefined {
  switch (method) {
    case "roots/list":
      return { result: rootsResult(answers.roots) };
    case "sampling/createMessage": {
      if (!answers.sampling.enabled) return undefined;
      const canned = cannedAnswer(answers.sampling.rules, params);
      return canned && { result: canned.result };
    }
    case "elicitation/create":
      return elicitationAnswer(answers.elicitation, params);
    default:
      return undefined;
  }
}

/** What roots/list is answered with: names only when given. */
export function rootsResult(roots: readonly Root[]): { roots: Root[] } {
  return {
    roots: roots.filter((r) => r.uri.trim()).map((r) => ({ uri: r.uri.trim(), ...(r.name?.trim() ? { name: r.name.trim() } : {}) })),
  };
}

function elicitationAnswer(policy: StandingAnswers["elicitation"], params: unknown): StandingReply | undefined {
  if (policy === "ask") return undefined;
  if (policy === "decline" || policy === "cancel") return { result: { action: policy } };
  // URL mode (2025-11-25) has no content: accepting means the person agreed to open the URL.
  const p = asRecord(params);
  if (p.mode === "url") return { result: { action: "accept" } };
  return { result: { action: "accept", content: schemaDefaults(p.requestedSchema) } };
}

/**
 * The defaults a requestedSchema declares (SEP-1034: string, number, integer, boolean and enum
 * properties may carry `default`), as the content of an accepting ElicitResult. A property
 * without a default is left out: the server's own validation says whether it may be.
 */
export function schemaDefaults(schema: unknown): Record<string, unknown> {
  const props = asRecord(schema).properties;
  if (!props || typeof props !== "object" || Array.isArray(props)) return {};
  const content: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(props as Record<string, unknown>)) {
    const d = asRecord(prop).default;
    if (
      d !== undefined &&
      (typeof d === "string" ||
        typeof d === "number" ||
        typeof d === "boolean" ||
        (Array.isArray(d) && d.every((v) => typeof v === "string")))
    )
      content[key] = d;
  }
  return content;
}

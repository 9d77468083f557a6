import { SPEC } from "../spec";
import { brief, type Family, type MessageCtx, type Rule } from "../rule";
import { isObject } from "../../json/shape";

// Pagination (MCP 2025-11-25 server/utilities/pagination): the cursor is opaque, but a
// nextCursor already returned in the same listing sends a client that follows it round in
// circles. A listing starts with a list request without a cursor.

export const REPEATED_CURSOR: Rule = {
  id: "pagination/repeated-cursor",
  severity: "error",
  specUrl: SPEC.pagination,
  summary: "A list result returns a nextCursor it already returned earlier in the same listing (the client would loop).",
};

const LIST_METHODS = new Set(["tools/list", "resources/list", "resources/templates/list", "prompts/list", "tasks/list"]);

export function paginationFamily(): Family {
  /** Per list method: nextCursor -> seq of the response that returned it, in the current listing. */
  let cursors = new Map<string, Map<string, number>>();
  return {
    rules: [REPEATED_CURSOR],
    reset() {
      cursors = new Map();
    },
    message(ctx: MessageCtx) {
      const { msg, answers } = ctx;
      if (msg.kind !== "response" || msg.isError || !answers || !LIST_METHODS.has(answers.method)) return;
      let seen = cursors.get(answers.method);
      if (!seen || !isObject(answers.params) || answers.params.cursor === undefined) {
        seen = new Map();
        cursors.set(answers.method, seen);
      }
      const next = isObject(msg.result) ? msg.result.nextCursor : undefined;
      if (typeof next !== "string") return;
      const first = seen.get(next);
      if (first !== undefined) {
        ctx.flag(REPEATED_CURSOR, `${answers.method} returned nextCursor ${brief(next)} again in the same listing`, { relatedSeq: first });
      } else {
        seen.set(next, ctx.entry.seq);
      }
    },
  };
}

import { SPEC } from "../spec";
import { brief, type Family, type Rule } from "../rule";

// stdio transport (MCP 2025-11-25 basic/transports#stdio): "The server MUST NOT write
// anything to its stdout that is not a valid MCP message", and JSON-RPC messages MUST be
// UTF-8 encoded. The engine records such lines as stdout-noise entries with the reason, and
// flags a JSON line that only parsed after invalid bytes were replaced (invalidUtf8).

export const NON_JSON: Rule = {
  id: "stdio/non-json",
  severity: "error",
  specUrl: SPEC.stdio,
  summary: "A stdout line that is not a JSON-RPC message (logging to stdout, banners, an oversized line).",
};
export const INVALID_UTF8: Rule = {
  id: "stdio/invalid-utf8",
  severity: "error",
  specUrl: SPEC.stdio,
  summary: "A stdout line that is not valid UTF-8.",
};

export function stdioFamily(): Family {
  return {
    rules: [NON_JSON, INVALID_UTF8],
    reset() {},
    message(ctx) {
      if (ctx.entry.invalidUtf8)
        ctx.flag(
          INVALID_UTF8,
          `the server wrote a JSON line of ${ctx.entry.size} bytes to stdout that is not valid UTF-8 (invalid bytes were replaced to read it)`,
        );
    },
    other(entry, report) {
      if (entry.kind !== "stdout-noise") return;
      if (/invalid UTF-8/i.test(entry.reason)) {
        report(
          INVALID_UTF8,
          entry.seq,
          `the server wrote a line of ${entry.size} bytes to stdout that is not valid UTF-8: ${brief(entry.text)}`,
        );
      } else {
        report(
          NON_JSON,
          entry.seq,
          `the server wrote something other than a JSON-RPC message to stdout (${entry.reason}): ${brief(entry.text)}`,
        );
      }
    },
  };
}

import { expect, test } from "vitest";
import { LoggingLevelSchema } from "@modelcontextprotocol/sdk/types.js";
import { LOG_LEVELS, levelRank } from "../lib/protocol/log-levels";

// lib/protocol/log-levels.ts writes the levels out (the flag tables must not load the SDK's
// schemas at start); they must stay the SDK's, in the spec's order.
test("the log levels are the SDK's LoggingLevelSchema, least severe first", () => {
  expect(LOG_LEVELS).toEqual(LoggingLevelSchema.options);
  expect(levelRank("debug")).toBeLessThan(levelRank("emergency"));
});

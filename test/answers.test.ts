import { describe, expect, it } from "vitest";
import { cannedAnswer, compileRule, samplingText } from "../lib/answers/canned";
import { rootsResult, schemaDefaults, standingAnswer } from "../lib/answers/standing";
import { DEFAULT_ANSWERS, StandingAnswersSchema, applyAnswersPatch, type StandingAnswers } from "../lib/answers/schema";

const params = {
  systemPrompt: "You are terse.",
  messages: [
    { role: "user", content: { type: "text", text: "What is the weather?" } },
    {
      role: "user",
      content: [
        { type: "image", data: "" },
        { type: "text", text: "in Paris" },
      ],
    },
  ],
};
const rules = [
  { match: "nothing matches this", text: "no", model: "m" },
  { match: "/weather\\?/i", text: "Sunny", model: "" },
  { match: "paris", text: "later", model: "m" },
];
const withAnswers = (a: Partial<StandingAnswers>): StandingAnswers => ({ ...DEFAULT_ANSWERS, ...a });

describe("canned sampling responses", () => {
  it("collects the text of the system prompt and every text block", () => {
    expect(samplingText(params)).toBe("You are terse.\nWhat is the weather?\nin Paris");
  });
  it("answers with the first matching rule", () => {
    expect(cannedAnswer(rules, params)).toEqual({
      rule: 1,
      result: { role: "assistant", content: { type: "text", text: "Sunny" }, model: "mcp-inspector-canned", stopReason: "endTurn" },
    });
    expect(cannedAnswer([{ match: "PARIS", text: "x", model: "m" }], params)?.rule).toBe(0);
    expect(cannedAnswer([], params)).toBeUndefined();
  });
  it("says why a rule does not compile, and never matches an empty one", () => {
    expect(compileRule("/(/")).toBeInstanceOf(Error);
    expect(compileRule("  ")).toBeInstanceOf(Error);
    expect(cannedAnswer([{ match: "", text: "x", model: "m" }], params)).toBeUndefined();
  });
});

describe("standing answers", () => {
  it("roots/list is always answered from the list, names only when given", () => {
    expect(
      rootsResult([
        { uri: " file:///a ", name: "" },
        { uri: "", name: "x" },
        { uri: "file:///b", name: "B" },
      ]),
    ).toEqual({ roots: [{ uri: "file:///a" }, { uri: "file:///b", name: "B" }] });
    expect(standingAnswer("roots/list", {}, DEFAULT_ANSWERS)).toEqual({ result: { roots: [] } });
  });
  it("sampling waits for the person unless canned rules are on and one matches", () => {
    expect(standingAnswer("sampling/createMessage", params, withAnswers({ sampling: { enabled: false, rules } }))).toBeUndefined();
    expect(standingAnswer("sampling/createMessage", params, withAnswers({ sampling: { enabled: true, rules } }))).toMatchObject({
      result: { content: { text: "Sunny" } },
    });
    expect(standingAnswer("sampling/createMessage", { messages: [] }, withAnswers({ sampling: { enabled: true, rules } }))).toBeUndefined();
  });
  it("elicitation follows the policy: ask waits; decline and cancel say so; accept-defaults sends the schema's defaults", () => {
    const requestedSchema = {
      type: "object",
      properties: {
        name: { type: "string", default: "Ada" },
        age: { type: "integer", default: 36 },
        ok: { type: "boolean", default: false },
        color: { type: "string", enum: ["red", "blue"], default: "blue" },
        note: { type: "string" },
      },
      required: ["name"],
    };
    const ask = { message: "Who?", requestedSchema };
    expect(standingAnswer("elicitation/create", ask, DEFAULT_ANSWERS)).toBeUndefined();
    expect(standingAnswer("elicitation/create", ask, withAnswers({ elicitation: "decline" }))).toEqual({ result: { action: "decline" } });
    expect(standingAnswer("elicitation/create", ask, withAnswers({ elicitation: "cancel" }))).toEqual({ result: { action: "cancel" } });
    expect(standingAnswer("elicitation/create", ask, withAnswers({ elicitation: "accept-defaults" }))).toEqual({
      result: { action: "accept", content: { name: "Ada", age: 36, ok: false, color: "blue" } },
    });
    expect(
      standingAnswer(
        "elicitation/create",
        { mode: "url", url: "https://example.com", elicitationId: "e1", message: "Go" },
        withAnswers({ elicitation: "accept-defaults" }),
      ),
    ).toEqual({ result: { action: "accept" } });
    expect(schemaDefaults(undefined)).toEqual({});
  });
  it("other methods are never answered standing", () => {
    expect(standingAnswer("tools/list", {}, withAnswers({ elicitation: "decline" }))).toBeUndefined();
  });
  it("the wire schema fills what a setter leaves out", () => {
    expect(StandingAnswersSchema.parse({})).toEqual(DEFAULT_ANSWERS);
    expect(StandingAnswersSchema.safeParse({ elicitation: "maybe" }).success).toBe(false);
  });
});

describe("set-answers patches", () => {
  it("change only what they name, so quick edits never undo each other", () => {
    const rules = [{ match: "a", text: "b", model: "" }];
    const afterRules = applyAnswersPatch(DEFAULT_ANSWERS, { sampling: { rules } });
    const afterSwitch = applyAnswersPatch(afterRules, { sampling: { enabled: true } });
    expect(afterSwitch).toEqual({ roots: [], sampling: { enabled: true, rules }, elicitation: "ask" });
    expect(applyAnswersPatch(afterSwitch, { roots: [{ uri: "file:///x" }] })).toEqual({
      roots: [{ uri: "file:///x" }],
      sampling: { enabled: true, rules },
      elicitation: "ask",
    });
  });
});

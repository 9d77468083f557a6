import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { appendStep, CollectionSchema, parseCollection, setStepExpectations } from "../../lib/collections/format";
import { ROOT } from "../helpers/targets";
import { SchemaValidator } from "../../lib/protocol/output-verdict";
import { parseDocument } from "yaml";

const bad = (text: string) => {
  const r = parseCollection(text, "f.yaml");
  if (r.ok) throw new Error("parsed");
  return r.error;
};

describe("collection format", () => {
  it("reads YAML and JSON the same", () => {
    const y = parseCollection("steps:\n  - tool: echo\n    arguments: { message: hi }\n", "a.yaml");
    const j = parseCollection('{"steps":[{"tool":"echo","arguments":{"message":"hi"}}]}', "a.json");
    expect(y.ok && j.ok && y.collection).toEqual(j.ok && j.collection);
    expect(y.ok && y.stepLines).toEqual([2]);
  });

  it("one error per bad file, naming line and key", () => {
    expect(bad("steps:\n  - tool: echo\n    expect:\n      - textContains: x\n")).toMatchObject({
      file: "f.yaml",
      line: 4,
      key: "steps[0].expect[0].textContains",
    });
    expect(bad("steps:\n  - tool: echo\n    prompt: p\n")).toMatchObject({
      line: 2,
      key: "steps[0]",
      message: "a step is one thing: it has tool and prompt",
    });
    expect(bad("steps:\n  - tool: echo\n    expect:\n      - path: $.a\n")).toMatchObject({
      line: 4,
      message: expect.stringContaining("needs one of equals"),
    });
    expect(bad("steps:\n  - {tool: 3}\n").message).toContain("expected string");
    expect(bad("steps: [\n").message).toMatch(/^not valid YAML/);
    expect(bad("").message).toContain("empty");
    expect(bad("version: 2\nsteps: []\n")).toMatchObject({ line: 1, key: "version" });
  });

  it("appendStep and setStepExpectations keep comments and the rest as written", () => {
    const text = "# server-memory tests\nsteps:\n  # the first one\n  - tool: echo # why\n    arguments: { message: hi }\n";
    const added = appendStep(text, { name: "sum", tool: "get-sum", arguments: { a: 1, b: 2 } });
    expect(added.startsWith(text)).toBe(true);
    expect(added).toContain("  - name: sum\n    tool: get-sum\n");
    const edited = setStepExpectations(added, 1, [{ path: "$.content[0].text", equals: "3" }]);
    expect(edited).toContain("# why");
    const parsed = parseCollection(edited, "x.yaml");
    expect(parsed.ok && parsed.collection.steps[1].expect).toEqual([{ path: "$.content[0].text", equals: "3" }]);
    expect(parseCollection(appendStep("", { tool: "echo" }), "new.yaml").ok).toBe(true);
  });

  // UPDATE_SCHEMAS=1 npx vitest run test/collections/format.test.ts writes it anew after a schema change.
  it("the shipped JSON Schema is the zod schema's", () => {
    const file = path.join(ROOT, "schemas/mcp-tests.schema.json");
    const current = {
      ...z.toJSONSchema(CollectionSchema, { io: "input", unrepresentable: "any" }),
      title: "MCP inspector collection (*.mcp-tests.yaml)",
    };
    if (process.env.UPDATE_SCHEMAS === "1") writeFileSync(file, JSON.stringify(current, null, 2) + "\n");
    const shipped = JSON.parse(readFileSync(file, "utf8"));
    expect(shipped).toEqual(
      JSON.parse(
        JSON.stringify({
          ...z.toJSONSchema(CollectionSchema, { io: "input", unrepresentable: "any" }),
          title: "MCP inspector collection (*.mcp-tests.yaml)",
        }),
      ),
    );
  });

  it("the JSON Schema an editor reads accepts the issue's example and rejects a misspelt expectation", () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schemas/mcp-tests.schema.json"), "utf8"));
    const validate = new SchemaValidator().compile(schema);
    if (validate instanceof Error) throw validate;
    const example =
      'steps:\n  - name: echo answers\n    tool: echo\n    arguments: { message: hello }\n    expect:\n      - isError: false\n      - path: $.content[0].text\n        equals: "Echo: hello"\n';
    expect(validate(parseDocument(example).toJS())).toBe(true);
    expect(validate(parseDocument(example.replace("equals:", "equalz:")).toJS())).toBe(false);
  });
});

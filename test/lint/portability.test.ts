import { describe, expect, it } from "vitest";
import {
  formatPortabilityReport,
  hasErrorSeverity,
  portabilityFindings,
  portabilityPath,
  schemaFindingsEnvelope,
  summarizePortability,
} from "../../lib/lint/portability";

// The official inspector's `--strict` rules (boolean-schema is an error, exit 6; type-union,
// remote-ref and untyped-schema are warnings), over schemas a server author really writes.
const tool = (inputSchema: unknown, extra: Record<string, unknown> = {}) => ({ name: "t", inputSchema, ...extra });
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, ...extra });
const found = (...tools: unknown[]) => portabilityFindings(tools).map((f) => `${f.rule} ${f.severity} ${portabilityPath(f)}`);

describe("portability/boolean-schema", () => {
  it("flags a bare true or false where a subschema belongs, as an error", () => {
    const fs = portabilityFindings([tool(obj({ anything: true, never: false }, { items: [true], not: true }))]);
    expect(fs.map((f) => `${f.rule} ${f.severity} ${portabilityPath(f)}`)).toEqual([
      "portability/boolean-schema error inputSchema.properties.anything",
      "portability/boolean-schema error inputSchema.properties.never",
      "portability/boolean-schema error inputSchema.items[0]",
      "portability/boolean-schema error inputSchema.not",
    ]);
    // false forbids the property; deleting it would allow any value, so the fix keeps the meaning.
    expect(fs[1].suggestion).toContain('{"not": {}}');
    expect(fs[3].suggestion).toContain("Use `{}`");
    expect(hasErrorSeverity(fs)).toBe(true);
  });

  it("accepts the booleans every dialect takes (additionalProperties: false) and object spellings", () => {
    expect(found(tool(obj({ a: { type: "string" } }, { additionalProperties: false, unevaluatedProperties: false })))).toEqual([]);
    expect(found(tool(obj({ never: { not: {} }, free: { type: "object", additionalProperties: true } })))).toEqual([]);
  });
});

describe("portability/type-union", () => {
  it("flags a type array as a warning and suggests anyOf branches", () => {
    const [f, ...rest] = portabilityFindings([tool(obj({ when: { type: ["string", "null"] } }))]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "portability/type-union",
      severity: "warning",
      tool: "t",
      schema: "inputSchema",
      path: "properties.when",
    });
    expect(f.suggestion).toContain('{"anyOf": [{"type": "string"}, {"type": "null"}]}');
    expect(hasErrorSeverity([f])).toBe(false);
  });

  it("accepts anyOf branches, and leaves a misspelt type to tools/invalid-schema", () => {
    expect(found(tool(obj({ when: { anyOf: [{ type: "string" }, { type: "null" }] } })))).toEqual([]);
    expect(found(tool(obj({ when: { type: ["string", "strnig"] } })))).toEqual([]);
  });
});

describe("portability/remote-ref", () => {
  it("flags a $ref outside the document", () => {
    expect(found(tool(obj({ addr: { $ref: "https://example.com/address.json" } })))).toEqual([
      "portability/remote-ref warning inputSchema.properties.addr",
    ]);
  });

  it("accepts local refs, and any ref in a document that embeds an $id it may resolve against", () => {
    expect(found(tool(obj({ addr: { $ref: "#/$defs/addr" } }, { $defs: { addr: { type: "string" } } })))).toEqual([]);
    expect(found(tool(obj({ addr: { $ref: "address.json" } }, { $defs: { addr: { $id: "address.json", type: "string" } } })))).toEqual([]);
  });
});

describe("portability/untyped-schema", () => {
  it("flags a subschema with no validation keyword, wherever it is", () => {
    const fs = found(tool(obj({ anything: { description: "any value" }, "first-name": {}, cond: { if: { const: 1 } } })), {
      name: "u",
      outputSchema: obj({ v: { anyOf: [{ type: "string" }, {}] } }),
    });
    expect(fs).toEqual([
      "portability/untyped-schema warning inputSchema.properties.anything",
      'portability/untyped-schema warning inputSchema.properties["first-name"]',
      "portability/untyped-schema warning inputSchema.properties.cond",
      "portability/untyped-schema warning outputSchema.properties.v.anyOf[1]",
    ]);
  });

  it("accepts {} under not (the object spelling of false) and an if with its then", () => {
    expect(found(tool(obj({ never: { not: {} }, cond: { if: { const: 1 }, then: { minimum: 2 } } })))).toEqual([]);
  });
});

describe("portabilityFindings for --strict", () => {
  it("skips entries without a name and tools without schemas", () => {
    expect(portabilityFindings([null, "x", { inputSchema: obj({ a: true }) }, { name: "bare" }])).toEqual([]);
  });

  it("prints the report in the official's layout, with the count it prints without --strict", () => {
    const fs = portabilityFindings([
      { name: "a", inputSchema: obj({ x: true }) },
      { name: "b", inputSchema: obj({ y: { type: ["integer", "string"] } }) },
    ]);
    expect(summarizePortability(fs)).toBe("1 error, 1 warning across 2 tools");
    const report = formatPortabilityReport(fs);
    expect(report).toMatch(
      /^Error: tool "a"\n {2}Path: inputSchema\.properties\.x\n {2}Issue: .+\n {2}Suggestion: .+\n {2}Rule: portability\/boolean-schema \(https:\/\/json-schema\.org\/.+\)\n\nWarning: tool "b"\n/,
    );
    expect(report.endsWith("\n\n1 error, 1 warning across 2 tools.\n")).toBe(true);
    expect(formatPortabilityReport([])).toBe("");
  });

  it("groups findings by tool for --format json, with the official's rule names", () => {
    const fs = portabilityFindings([
      { name: "a", inputSchema: obj({ x: true, y: {} }) },
      { name: "b", inputSchema: obj({ z: { type: ["integer", "string"] } }) },
    ]);
    expect(schemaFindingsEnvelope(fs).map((e) => [e.toolName, e.findings.map((f) => `${f.rule} ${f.schema} ${f.path}`)])).toEqual([
      ["a", ["boolean-schema inputSchema properties.x", "untyped-schema inputSchema properties.y"]],
      ["b", ["type-union inputSchema properties.z"]],
    ]);
  });
});

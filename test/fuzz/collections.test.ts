import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCollection, stringifyCollection, type Collection } from "../../lib/collections/format";
import { fillIn, MissingValue } from "../../lib/collections/variables";
import { FUZZ_TIMEOUT, fuzz, hostileJson, hostileText } from "./fuzz";

// Collection files (YAML with expectations, captures, `${ENV}` and `{{name}}`) come from a
// repository or the page's editor: read them or say where they are wrong, never crash; what the
// page writes reads back; a filled-in value is the value, never read again as a template.

const yamlish = fc.oneof(
  hostileText(200),
  fc
    .array(
      fc.constantFrom(
        "steps:",
        "  - tool: echo",
        "    arguments: {a: ${X}}",
        "    expect:",
        "      - path: $.a",
        "        equals: &x [1]",
        "  - *x",
        "save: {id: $.id}",
        "'",
        "? ",
        "{{v}}",
        "  ",
        "- - -",
        "<<: *x",
      ),
      { maxLength: 12 },
    )
    .map((l) => l.join("\n")),
);

describe("collection files", () => {
  it(
    "any text is read, or refused with a message and a line inside the file; never thrown",
    () => {
      fc.assert(
        fc.property(yamlish, (text) => {
          const r = parseCollection(text, "fuzz.yaml");
          if (!r.ok) {
            expect(r.error.message.length).toBeGreaterThan(0);
            if (r.error.line !== undefined) expect(r.error.line).toBeLessThanOrEqual(text.split("\n").length + 1);
          }
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/);
  const templated = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        name.map((n) => `\${${n}}`),
        fc.constant("{{v}}"),
      ),
      { maxLength: 4 },
    )
    .map((p) => p.join(""));
  const step = fc.record(
    {
      tool: fc.string({ minLength: 1, maxLength: 12 }),
      arguments: fc.dictionary(
        fc.string({ maxLength: 6 }).filter((k) => k !== "__proto__"),
        fc.oneof(templated, hostileJson(2)),
        { maxKeys: 3 },
      ),
      save: fc.dictionary(name, fc.constantFrom("$.id", "$.content[0].text", "$"), { maxKeys: 2 }),
      expect: fc.array(
        fc.oneof(
          fc.record({ path: fc.constantFrom("$.a", "$.content[0].text"), equals: hostileJson(2) }),
          fc.record({ textContent: templated }),
          fc.record({ isError: fc.boolean() }),
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ["tool"] },
  );

  it(
    "a collection the page writes (arguments with ${…} and {{…}}, captures, expectations) reads back the same",
    () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 3 }), (steps) => {
          const c = { variables: { v: "x" }, steps } as Collection;
          const r = parseCollection(stringifyCollection(c), "fuzz.yaml");
          if (!r.ok) expect.fail(`refused what it wrote: ${r.error.message}\n${stringifyCollection(c)}`);
          expect(JSON.parse(JSON.stringify(r.collection))).toEqual(JSON.parse(JSON.stringify(c)));
        }),
        fuzz(150),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("${ENV} and {{name}}", () => {
  it(
    "fills each name with its value as is: a value holding ${OTHER} is never filled again; every value used is reported",
    () => {
      const name = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,5}$/);
      fc.assert(
        fc.property(
          fc.dictionary(name, fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("${HOME}", "$${X}", "${", "{v}")), {
            minKeys: 1,
            maxKeys: 4,
          }),
          fc.array(
            fc.oneof(
              fc.string({ maxLength: 6 }).filter((s) => !s.includes("$") && !s.includes("{")),
              fc.nat(),
            ),
            { maxLength: 6 },
          ),
          (env, parts) => {
            const names = Object.keys(env);
            const template = parts.map((p) => (typeof p === "number" ? `\${${names[p % names.length]}}` : p)).join("");
            const expected = parts.map((p) => (typeof p === "number" ? env[names[p % names.length]] : p)).join("");
            const filled = new Map<string, string>();
            expect(fillIn({ arg: template }, { v: "captured" }, env, filled)).toEqual({ arg: expected });
            for (const p of parts)
              if (typeof p === "number") expect(filled.get(names[p % names.length])).toBe(env[names[p % names.length]]);
          },
        ),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a capture (the server's words) holding ${NAME} is never filled from the environment",
    () => {
      fc.assert(
        fc.property(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), fc.string({ maxLength: 8 }), (name, around) => {
          const captured = `${around}\${${name}}${around}`;
          expect(fillIn("{{id}}", { id: captured }, { [name]: "SECRET-VALUE" })).toBe(captured);
          expect(fillIn("a {{id}} b", { id: captured }, { [name]: "SECRET-VALUE" })).toBe(`a ${captured} b`);
        }),
        fuzz(200),
      );
    },
    FUZZ_TIMEOUT,
  );

  // Found by the property above (before `{{` was left out of its values); lib/collections is not
  // this suite's to change, so it is reported, and this test flips when it is fixed: an
  // environment value is filled in, then read again for {{name}}.
  it("found: an environment value holding {{v}} is filled again from the captures", () => {
    expect(fillIn({ arg: "${A}" }, { v: "captured" }, { A: "{{v}}" })).toEqual({ arg: "{{v}}" });
  });

  it(
    "a name nobody set is an error naming it, never an empty string sent on",
    () => {
      fc.assert(
        fc.property(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), (name) => {
          expect(() => fillIn(`x\${${name}}y`, {}, {})).toThrow(MissingValue);
          expect(() => fillIn(`x\${${name}}y`, {}, {})).toThrow(name);
        }),
        fuzz(100),
      );
    },
    FUZZ_TIMEOUT,
  );
});

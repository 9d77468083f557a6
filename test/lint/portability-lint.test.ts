import { describe, expect, it } from "vitest";
import { lintRecord } from "../../lib/lint";
import { Rec } from "./entries";

// The --strict rules run on every tools/list result the page and `check` lint.
const obj = (properties: Record<string, unknown>) => ({ type: "object", properties });

describe("portability in the live lint", () => {
  it("reports each finding of a tools/list result, naming the tool and the path", () => {
    const r = new Rec().handshake({ server: { tools: {} } });
    const { res } = r.call("tools/list", {}, { tools: [{ name: "search", inputSchema: obj({ q: { type: "string" }, filter: true }) }] });
    const fs = lintRecord(r.entries);
    expect(fs.map((f) => `${f.rule} ${f.severity} @${f.seq}`)).toEqual([`portability/boolean-schema error @${res}`]);
    expect(fs[0].message).toMatch(/^tool "search", inputSchema\.properties\.filter: A bare `true`/);
  });

  it("leaves a root that is no object schema to tools/schema-type, once", () => {
    const r = new Rec().handshake({ server: { tools: {} } });
    r.call(
      "tools/list",
      {},
      {
        tools: [
          { name: "a", inputSchema: true },
          { name: "b", inputSchema: {} },
          { name: "c", inputSchema: { type: ["object", "null"] } },
        ],
      },
    );
    expect(lintRecord(r.entries).map((f) => f.rule)).toEqual(["tools/schema-type", "tools/schema-type", "tools/schema-type"]);
  });
});

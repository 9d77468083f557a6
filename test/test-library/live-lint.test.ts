import { describe, expect, it } from "vitest";
import { lintRecord } from "../../lib/lint";
import { checkersNeeded } from "../../lib/lint/checker-needs";
import { RecordStore } from "../../server/record/store";
import { LiveLint } from "../../server/test-library/live-lint";
import type { Entry, NewEntry } from "../../lib/record/format";
import { Rec } from "../lint/entries";

/** A record store holding `rec`'s entries, and a live lint told of each as it is appended (as the session does). */
function live(rec: Rec): { record: RecordStore; lint: LiveLint } {
  const record = new RecordStore();
  const lint = new LiveLint(record);
  record.subscribe((e) => lint.saw(e));
  for (const { seq: _, t: __, ...draft } of rec.entries) record.append(draft as NewEntry);
  return { record, lint };
}

const badListing = () => {
  const rec = new Rec().handshake({ server: { tools: {} } });
  rec.call("tools/list", undefined, {
    tools: [{ name: "broken", inputSchema: { type: "object", properties: { n: { minimum: "zero" } } } }],
  });
  return rec;
};

describe("LiveLint: checkers loaded on demand (issue 49)", () => {
  it("read while the schema validator is still loading, findings() throws rather than return fewer; once loaded, the finding is there", async () => {
    const { record, lint } = live(badListing());
    // A dynamic import never settles synchronously: the validator asked for by the listing is not here yet.
    expect(() => lint.findings()).toThrow(/findings\(\): the lint of entry 6 needs a checker that is still loading/);
    await lint.ready();
    const found = lint.findings();
    expect(found.map((f) => f.rule)).toEqual(["tools/invalid-schema"]);
    expect(found).toEqual(lintRecord(record.since(0)));
  });

  it("the entries before the one that waits are linted meanwhile; a later listing of plain schemas waits behind it", async () => {
    const rec = badListing();
    rec.call("tools/list", undefined, { tools: [{ name: "bad name", inputSchema: { type: "object" } }] });
    const { record, lint } = live(rec);
    expect(() => lint.findings()).toThrow(/still loading/);
    await lint.ready();
    expect(lint.findings().map((f) => f.rule)).toEqual(["tools/invalid-schema", "tools/name"]);
    expect(lint.findings()).toEqual(lintRecord(record.since(0)));
  });

  it("an entry past the lint's batch of 5,000, recorded while a checker loads, is linted once it is here", async () => {
    const rec = badListing();
    for (let i = 0; i < 3000; i++) rec.call("ping", undefined, {});
    const late = rec.call("tools/list", undefined, { tools: [{ name: "bad name", inputSchema: { type: "object" } }] });
    const { record, lint } = live(rec);
    await lint.ready();
    expect(lint.findings().map((f) => `${f.rule} @${f.seq}`)).toEqual(["tools/invalid-schema @6", `tools/name @${late.res}`]);
    expect(lint.findings()).toEqual(lintRecord(record.since(0)));
  });

  it("findingsWhenLoaded() waits for what the record needs, for a reader of a record it does not drive (the agent's findings tool)", async () => {
    const rec = badListing();
    rec.call("skills/list", undefined, { skills: [] });
    const record = new RecordStore();
    const lint = new LiveLint(record); // told of no entry: it finds them when read
    for (const { seq: _, t: __, ...draft } of rec.entries) record.append(draft as NewEntry);
    expect((await lint.findingsWhenLoaded()).map((f) => f.rule)).toEqual(["tools/invalid-schema"]);
    expect(lint.findings()).toEqual(lintRecord(record.since(0)));
  });

  it("asks for the validator for a schema Ajv must compile or any outputSchema, YAML for a Skills listing, nothing for plain schemas", () => {
    const res = (result: unknown) =>
      ({ seq: 1, t: 0, kind: "message", dir: "server->client", size: 1, message: { jsonrpc: "2.0", id: 1, result } }) as Entry;
    const plain = { type: "object", properties: { a: { type: "string", description: "x" } }, required: ["a"], additionalProperties: false };
    expect(checkersNeeded(res({ tools: [{ name: "a", inputSchema: plain }] }))).toEqual([]);
    expect(checkersNeeded(res({ tools: [{ name: "a", inputSchema: { ...plain, properties: { a: { pattern: "^x" } } } }] }))).toEqual([
      "schemaValidator",
    ]);
    expect(checkersNeeded(res({ tools: [{ name: "a", inputSchema: plain, outputSchema: plain }] }))).toEqual(["schemaValidator"]);
    expect(checkersNeeded(res({ skills: [] }))).toEqual(["checkFrontmatterMatch"]);
    expect(checkersNeeded(res({ skill: {} }))).toEqual(["checkFrontmatterMatch"]);
  });
});

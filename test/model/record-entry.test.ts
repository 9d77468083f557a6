import { describe, expect, it } from "vitest";
import { EntrySchema, RecordFileSchema } from "../../lib/record/format";
import { labelOf } from "../../lib/record/entry-facts";
import { RecordStore } from "../../server/record/store";

// The record's model entries (format 3): valid entries, counted against the memory bound by their
// size (an exchange keeps up to 64 KiB of each body), and labelled in the timeline.
const exchange = (n: number) => ({
  type: "exchange" as const,
  label: "openai:gpt-4o",
  method: "POST",
  url: "https://api.openai.com/v1/responses",
  status: 200,
  ms: 12,
  request: "q".repeat(n),
  response: "a".repeat(n),
});

describe("the record's model entry", () => {
  it("parses, and a version 2 record still parses", () => {
    const entry = { seq: 1, t: 1, kind: "model", model: exchange(3) };
    expect(EntrySchema.safeParse(entry).success).toBe(true);
    expect(EntrySchema.safeParse({ ...entry, model: { type: "chat-user" } }).success).toBe(false);
    expect(RecordFileSchema.safeParse({ format: "mcp-inspector-record", version: 2, entries: [] }).success).toBe(true);
    expect(labelOf({ ...entry, kind: "model" } as never)).toBe("model openai:gpt-4o: POST https://api.openai.com/v1/responses 200 (12 ms)");
  });

  it("counts its bodies against the memory bound: big exchanges evict, and say so", () => {
    const store = new RecordStore({ maxBytes: 400_000 });
    for (let i = 0; i < 10; i++) store.append({ kind: "model", model: exchange(30_000) });
    const entries = store.since(0);
    expect(entries.some((e) => e.kind === "dropped")).toBe(true);
    expect(entries.filter((e) => e.kind === "model").length).toBeLessThan(10);
  });
});

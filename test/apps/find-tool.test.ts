import { describe, expect, test } from "vitest";
import { MAX_TOOL_PAGES, findToolForApp, toolsPageOf } from "../../lib/apps/find-tool";
import { appToolCallRefusal } from "../../lib/apps/app-meta";

// Issue 38 (8): an App called a visibility ["model"] tool listed on tools/list page 2, and the
// host's check passed it because the page had loaded page 1 only.
const page1 = [{ name: "echo" }, { name: "show" }];
const hidden = { name: "page2-secret", _meta: { ui: { visibility: ["model"] } } };
const pages: Record<string, { tools: { name: string; _meta?: unknown }[]; nextCursor?: string }> = {
  "": { tools: page1, nextCursor: "p2" },
  p2: { tools: [hidden], nextCursor: "p3" },
  p3: { tools: [{ name: "last" }] },
};

describe("finding the tool an App calls", () => {
  test("a tool on a page the page has not loaded is found by reading every page, then refused for its visibility", async () => {
    const read: (string | undefined)[] = [];
    const tool = await findToolForApp("page2-secret", page1, async (cursor) => (read.push(cursor), pages[cursor ?? ""]));
    expect(tool).toBe(hidden);
    expect(read).toEqual([undefined, "p2"]);
    expect(appToolCallRefusal(tool ? [tool] : [], "page2-secret")).toMatch(/not visible to Apps/);
  });

  test("a known tool needs no listing; an unknown one is refused after the last page", async () => {
    let calls = 0;
    expect(await findToolForApp("echo", page1, async () => (calls++, pages[""]))).toBe(page1[0]);
    expect(calls).toBe(0);
    expect(await findToolForApp("nowhere", page1, async (c) => (calls++, pages[c ?? ""]))).toBeUndefined();
    expect(calls).toBe(3);
  });

  test("a server whose cursor never ends is read a bounded number of pages", async () => {
    let calls = 0;
    const endless = async (c: string | undefined) => (calls++, { tools: [], nextCursor: `${Number(c ?? 0) + 1}` });
    expect(await findToolForApp("x", [], endless)).toBeUndefined();
    expect(calls).toBe(MAX_TOOL_PAGES);
    expect(await findToolForApp("x", [], async () => ({ tools: [], nextCursor: "same" }))).toBeUndefined();
  });

  test("a tools/list result read leniently", () => {
    expect(toolsPageOf({ tools: [{ name: "a" }, { nope: 1 }], nextCursor: "n" })).toEqual({ tools: [{ name: "a" }], nextCursor: "n" });
    expect(toolsPageOf(null)).toEqual({ tools: [] });
  });
});

import { describe, expect, test } from "vitest";
import { pageRunQuery } from "../../components/page-run";

/** A document whose first `/_next/static/` script has this src attribute (or none). */
const docWith = (src: string | undefined) => ({
  querySelector: (selector: string) => {
    expect(selector).toBe('script[src^="/_next/static/"]');
    return src === undefined ? null : ({ getAttribute: (name: string) => (name === "src" ? src : null) } as unknown as Element);
  },
});

// Red-team 8 #14: what the page loads by itself (the editor, its workers, the Apps sandbox) carries
// the run's query its own scripts were served with, so no copy another server left in the cache answers.
describe("the page's run query", () => {
  test("is the query of the page's own script, as the backend wrote it", () => {
    expect(pageRunQuery(docWith("/_next/static/chunks/turbopack-1.js?r=abc_-1"))).toBe("?r=abc_-1");
  });
  test("is empty for a page served without one (a backend of before the fix, a test's own pages)", () => {
    expect(pageRunQuery(docWith("/_next/static/chunks/a.js"))).toBe("");
    expect(pageRunQuery(docWith(undefined))).toBe("");
  });
});

import { describe, expect, test } from "vitest";
import { JSDOM } from "jsdom";
import { junitXml } from "../lib/text/junit";
import { diffSurfaces, formatDiffJunit, surfaceFromListings } from "../lib/surface";

// The one JUnit writer (check and diff): CI parses what it writes, so nothing a server names may
// break the XML or smuggle a terminal escape into a log viewer.

function parse(xml: string): Document {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror").length, xml).toBe(0);
  return doc;
}

const HOSTILE = "a\x1b[2K\x00b\x07c\ud800d\ufffe<&>\"'";

describe("junitXml", () => {
  test("counts come from the cases: tests, failures, errors and skipped per suite and in all", () => {
    const doc = parse(
      junitXml("run", [
        {
          name: "one",
          cases: [
            { classname: "c", name: "ok" },
            { classname: "c", name: "bad", failure: { type: "error", message: "m" } },
            { classname: "c", name: "later", skipped: { message: "s" } },
          ],
        },
        { name: "two", cases: [{ classname: "c", name: "broke", error: { message: "e" } }] },
      ]),
    );
    const attrs = (el: Element) => ["tests", "failures", "errors"].map((a) => Number(el.getAttribute(a)));
    expect(attrs(doc.documentElement)).toEqual([4, 1, 1]);
    const [one, two] = [...doc.getElementsByTagName("testsuite")];
    expect([...attrs(one), Number(one.getAttribute("skipped"))]).toEqual([3, 1, 0, 1]);
    expect(attrs(two)).toEqual([1, 0, 1]);
  });

  test("control characters, a lone surrogate and U+FFFE in every attribute and text parse, shown as escapes", () => {
    const doc = parse(
      junitXml(HOSTILE, [
        {
          name: HOSTILE,
          cases: [{ classname: HOSTILE, name: HOSTILE, failure: { type: HOSTILE, message: HOSTILE, body: `${HOSTILE}\nsecond line` } }],
        },
      ]),
    );
    const shown = "a\\u{001B}[2K\\u{0000}b\\u{0007}c\\u{D800}d\\u{FFFE}<&>\"'";
    const failure = doc.getElementsByTagName("failure")[0];
    expect(doc.documentElement.getAttribute("name")).toBe(shown);
    expect(doc.getElementsByTagName("testcase")[0].getAttribute("name")).toBe(shown);
    expect(failure.getAttribute("message")).toBe(shown);
    // The body keeps its lines: a stack or a list of changes reads as written.
    expect(failure.textContent).toBe(`${shown}\nsecond line`);
  });

  test("a case with nothing to say is empty; output lands in system-out", () => {
    const xml = junitXml("r", [
      {
        name: "s",
        cases: [
          { classname: "c", name: "quiet" },
          { classname: "c", name: "talks", output: "said <this>" },
        ],
      },
    ]);
    expect(xml).toContain('<testcase classname="c" name="quiet"/>');
    expect(parse(xml).getElementsByTagName("system-out")[0].textContent).toBe("said <this>");
  });
});

describe("diff's JUnit goes through the same writer", () => {
  test("a tool named with ESC, NUL, BEL and a lone surrogate gives XML that parses, the name escaped", () => {
    const head = { label: "x", origin: "live" as const, transport: "stdio" as const };
    const n = { serverCapabilities: { tools: {} }, serverInfo: { name: "s" } };
    const name = "\x1b[2K\x00\x07\ud800PASS";
    const a = surfaceFromListings(head, n, { tools: { items: [{ name, inputSchema: { type: "object" } }] } });
    const b = surfaceFromListings(head, n, { tools: { items: [] } });
    const doc = parse(formatDiffJunit(diffSurfaces(a, b)));
    const failed = [...doc.getElementsByTagName("testcase")].find((c) => c.getElementsByTagName("failure").length);
    expect(failed?.getAttribute("name")).toBe("\\u{001B}[2K\\u{0000}\\u{0007}\\u{D800}PASS");
  });
});

import { describe, expect, it } from "vitest";
import { inlineScriptsOf, resolveInlineFrames } from "../../lib/apps/app-inline-maps";
import { inlineFramesOf, mappedStackOf } from "../../lib/apps/app-source-map";

// Issue 73: an App bundled into one HTML file, its map a data: URL in the inline script's own
// sourceMappingURL comment. The reporter names a frame by the App's uri and its HTML's line and
// column (lib/apps/app-errors.ts); the map counts from the script's first character.

const URI = "ui://widget/app.html";
const MAP = {
  version: 3,
  sources: ["src/lib.ts", "src/app.ts"],
  names: [],
  // 0-based: line 0 col 0 -> source 0 line 0 col 0; line 1 col 4 -> source 1 ("src/app.ts") line 5 col 2.
  mappings: "AAAA;ICKE",
};
const dataUrl = (json: string) => `data:application/json;base64,${Buffer.from(json).toString("base64")}`;
// The script's text starts on the HTML's line 3 at column 22 (0-based), right after its start tag.
const SCRIPT = `var a = 1;\n    null.x();\n//# sourceMappingURL=${dataUrl(JSON.stringify(MAP))}\n`;
const HTML = `<!doctype html>\n<div id="root"></div><script src="https://cdn.example/x.js"></script>\n<script type="module">${SCRIPT}</script>\n`;
const at = (line: number, column: number) => ({ url: URI, line, column });

describe("an inline script's data: URL map", () => {
  it("finds each inline script's text and where it starts, not those with a src", () => {
    const html = `<p>\n  <script data-src="x" title="a>b">one</script><SCRIPT src='y.js'></SCRIPT>\n<script>\ntwo</script >`;
    expect(inlineScriptsOf(html)).toEqual([
      { line: 2, column: 35, text: "one" },
      { line: 3, column: 8, text: "\ntwo" },
    ]);
  });

  it("maps a frame in the App's HTML through the map, on the script's later lines and on its first", () => {
    const r = resolveInlineFrames([at(4, 5), at(3, 23)], HTML);
    expect(r.notes).toEqual([]);
    // HTML line 4 is the script's second line: its column is the line's own.
    expect(r.frames[0].original).toEqual({ source: "src/app.ts", line: 6, column: 3 });
    // On the start tag's line the script's first character is column 23 of the HTML, column 1 of the map.
    expect(r.frames[1].original).toEqual({ source: "src/lib.ts", line: 1, column: 1 });
  });

  it("leaves frames outside a mapped script, and in a script with no map, as they are, without a note", () => {
    const html = `<script>var a;\nnull.x();</script>\n${HTML}`;
    const r = resolveInlineFrames([at(2, 1), at(1, 3), at(40, 1)], html);
    expect(r.frames.map((f) => f.original)).toEqual([undefined, undefined, undefined]);
    expect(r.notes).toEqual([]);
  });

  it("says why once per script when its map is not a data: URL, is broken or too big", () => {
    const named = (url: string) => `<script>\nnull.x();\n//# sourceMappingURL=${url}\n</script>`;
    const r = resolveInlineFrames([at(2, 1), at(2, 2)], named("https://cdn.example/app.js.map"));
    expect(r.frames.map((f) => f.original)).toEqual([undefined, undefined]);
    expect(r.notes).toEqual([
      expect.stringMatching(
        /^the inline script at line 1: no source map used \(its map https:\/\/cdn\.example\/app\.js\.map is not a data: URL/,
      ),
    ]);
    expect(resolveInlineFrames([at(2, 1)], named(dataUrl("{not json"))).notes).toEqual([
      expect.stringMatching(/not a source map this reads/),
    ]);
    expect(resolveInlineFrames([at(2, 1)], named(dataUrl(JSON.stringify(MAP))), 16).notes).toEqual([
      expect.stringMatching(/over 16 bytes/),
    ]);
  });

  it("takes the stack's frames in the App's HTML, and writes each original place before the HTML's place", () => {
    const stack = `TypeError: x\n    at f (${URI}:4:5)\n    at https://cdn.example/x.js:1:2\n    at ${URI}:4:5`;
    const frames = inlineFramesOf(stack, { source: URI, line: 4, column: 5 }, URI);
    expect(frames).toEqual([at(4, 5)]);
    const shown = mappedStackOf(stack, resolveInlineFrames(frames, HTML).frames);
    expect(shown).toContain(`at f (src/app.ts:6:3 (${URI}:4:5))`);
    expect(shown).toContain("at https://cdn.example/x.js:1:2\n");
    expect(inlineFramesOf(stack, {}, "ui://widget/other.html")).toEqual([]);
  });
});

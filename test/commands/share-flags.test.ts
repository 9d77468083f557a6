import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseCommandLine } from "../../server/commands/main";
import { runExport } from "../../server/commands/export/run";
import { VIEWER_HTML } from "../../server/paths";

const parse = (s: string[]) => parseCommandLine(s).args as unknown as Record<string, unknown>;
const fails = (s: string[]) => () => parseCommandLine(s);

// Issue 87: every command that saves a session takes --html; export writes a page or the viewer; the page takes --share-base.
describe("sharing on the command line", () => {
  test("--html FILE on every command that saves a session", () => {
    expect(parse(["check", "node", "s.js", "--html", "a.html"]).html).toBe("a.html");
    expect(parse(["test", "t.mcp-tests.yaml", "--html", "a.html"]).html).toBe("a.html");
    expect(parse(["--cli", "node", "s.js", "--method", "tools/list", "--html", "a.html"]).html).toBe("a.html");
    expect(parse(["replay", "f.mcp-session.json", "--html", "a.html"]).html).toBe("a.html");
    expect(parse(["tap", "--html", "a.html", "--", "node", "s.js"]).html).toBe("a.html");
    expect(fails(["check", "node", "s.js", "--html", " "])).toThrow("--html needs a file path");
  });

  test("--share-base takes an http(s) address without a fragment", () => {
    expect(parse(["--share-base", "https://team.example/viewer/", "node", "s.js"]).shareBase).toBe("https://team.example/viewer/");
    expect(fails(["--share-base", "file:///tmp/x", "node", "s.js"])).toThrow(/--share-base takes an http or https address without #/);
    expect(fails(["--share-base", "https://x.example/#session=", "node", "s.js"])).toThrow(/without #/);
  });

  test("export: one format, a page needs --output, the viewer stands alone", () => {
    expect(fails(["export", "s.mcp-session.json"])).toThrow("export needs one format: --otlp (OTLP/JSON traces) or --html (a page file)");
    expect(fails(["export", "--html", "s.mcp-session.json"])).toThrow(/--html needs --output FILE\.html/);
    expect(fails(["export", "--viewer", "out", "s.mcp-session.json"])).toThrow(/--viewer writes the viewer alone/);
    expect(parse(["export", "--viewer", "out"]).viewer).toBe("out");
  });

  test("export --viewer writes the viewer's HTML as the folder's index.html, with no session in it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "viewer-"));
    try {
      const lines: string[] = [];
      const code = await runExport(
        { otlp: false, viewer: path.join(dir, "site"), help: false, version: false },
        {},
        { out: (t) => lines.push(t), err: (t) => lines.push(t) },
      );
      expect(code).toBe(0);
      const html = readFileSync(path.join(dir, "site/index.html"), "utf8");
      expect(html).toBe(readFileSync(VIEWER_HTML, "utf8"));
      expect(html).toContain('<script type="application/json" id="mcp-session"></script>');
      expect(lines.join("")).toMatch(/host the folder .* --share-base/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { buildSession, type SessionFile } from "../../lib/session/file";
import { MAX_PAGE_SESSION_BYTES, pageFileName, scriptJson, sessionJsonInPage, sessionPageHtml } from "../../lib/session/page-file";
import { FINDINGS_DATA_ID, SESSION_DATA_ID, viewerCsp, viewerTemplate } from "../../lib/session/page-template";
import type { Entry } from "../../lib/record/format";

const SCRIPT = "document.body.dataset.ran='1'";
const HASH = `sha256-${createHash("sha256").update(SCRIPT).digest("base64")}`;
const TEMPLATE = viewerTemplate({ script: SCRIPT, scriptHash: HASH, css: "body{margin:0}" });

/** A recording whose server says what a hostile one would: markup, a script end, a comment, a secret. */
function hostileSession(text: string): SessionFile {
  const entries: Entry[] = [
    {
      seq: 1,
      t: 1,
      kind: "message",
      dir: "client->server",
      size: 10,
      message: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "x" } },
    },
    {
      seq: 2,
      t: 2,
      kind: "message",
      dir: "server->client",
      size: 10,
      pair: { seq: 1, method: "tools/call", latencyMs: 1 },
      message: { jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text }] } },
    },
  ];
  return buildSession(
    {
      inspectorVersion: "0.1.0",
      target: { transport: "stdio", command: "node", args: ["server.js"], env: { API_KEY: "sk-live-abcdefghijklmnop1234" } },
      capabilities: { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false },
      entries,
    },
    new Date("2026-11-27T12:00:00Z"),
  );
}

/** The document's scripts as an HTML parser sees them: each `<script …>` up to the first `</script`. */
function scriptsOf(html: string): Array<{ attrs: string; body: string }> {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script/gi)].map((m) => ({ attrs: m[1], body: m[2] }));
}

describe("a page file", () => {
  test("recorded text cannot end its data block or open a comment: it parses back unchanged", () => {
    const evil = `</script><script>alert(1)</script><!-- <img src=https://evil.example/x> $& $' \u2028 &amp;`;
    const r = sessionPageHtml(TEMPLATE, hostileSession(evil));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Exactly the template's three blocks, the executable one being the viewer's own.
    const scripts = scriptsOf(r.html);
    expect(scripts.map((s) => s.attrs.trim())).toEqual([
      `type="application/json" id="${SESSION_DATA_ID}"`,
      `type="application/json" id="${FINDINGS_DATA_ID}"`,
      "",
    ]);
    expect(scripts[2].body).toBe(SCRIPT);
    expect(scripts[0].body).not.toMatch(/[<>]/);
    const back = JSON.parse(sessionJsonInPage(r.html)!) as SessionFile;
    const sent =
      back.entries[1].kind === "message" ? (back.entries[1].message as { result: { content: Array<{ text: string }> } }) : undefined;
    expect(sent?.result.content[0].text).toBe(evil);
  });

  test("its policy lets in its own script by hash and nothing from anywhere", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(TEMPLATE)![1];
    expect(csp).toBe(viewerCsp(HASH));
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives).toEqual({
      "default-src": "'none'",
      "script-src": `'${HASH}'`,
      "style-src": "'unsafe-inline'",
      "base-uri": "'none'",
      "form-action": "'none'",
    });
    // No src, href or url() anywhere: nothing to fetch even if the policy were gone.
    expect(TEMPLATE).not.toMatch(/\b(src|href)\s*=|url\(/i);
  });

  test("a bundle that could end its own script element is refused", () => {
    expect(() => viewerTemplate({ script: 'x="</script>"', scriptHash: HASH, css: "" })).toThrow(/cannot be inlined/);
    expect(() => viewerTemplate({ script: 'x="<!--"', scriptHash: HASH, css: "" })).toThrow(/cannot be inlined/);
  });

  test("secrets are redacted by the session file's rule, the env value and a key's shape alike", () => {
    const session = hostileSession("the key is sk-live-abcdefghijklmnop1234 and ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");
    const r = sessionPageHtml(TEMPLATE, session, { secrets: { API_KEY: "sk-live-abcdefghijklmnop1234" } });
    expect(r.ok && r.html).toBeTruthy();
    if (!r.ok) return;
    expect(r.html).not.toContain("sk-live-abcdefghijklmnop1234");
    expect(r.html).not.toContain("ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");
    expect(r.html).toContain("[redacted: value of API_KEY]");
    // The target keeps the name only, as a session file does.
    const back = JSON.parse(sessionJsonInPage(r.html)!) as SessionFile;
    expect(back.target).toMatchObject({ envNames: ["API_KEY"] });
  });

  test("past the size limit it is refused with what to send instead", () => {
    const r = sessionPageHtml(TEMPLATE, hostileSession("x".repeat(MAX_PAGE_SESSION_BYTES + 1)));
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(/a page file holds at most 16 MiB.*send the \.mcp-session\.json instead/),
    });
  });

  test("the findings travel as data beside the session; the name follows the session file's", () => {
    const session = hostileSession("ok");
    const finding = {
      rule: "jsonrpc/version",
      severity: "error" as const,
      message: "<b>bad</b>",
      seq: 2,
      specUrl: "https://www.jsonrpc.org/specification",
    };
    const r = sessionPageHtml(TEMPLATE, session, { findings: [finding] });
    if (!r.ok) throw new Error(r.message);
    const block = new RegExp(`id="${FINDINGS_DATA_ID}">([^<]*)</script>`).exec(r.html)![1];
    expect(JSON.parse(block)).toEqual([finding]);
    expect(pageFileName(session)).toBe("node-2026-11-27-12-00-00.mcp-session.html");
  });

  test("scriptJson escapes what HTML or old JavaScript would read, and nothing JSON.parse changes", () => {
    const v = { a: "</script><!--&\u2028\u2029" };
    expect(scriptJson(v)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(scriptJson(v))).toEqual(v);
  });

  test("a session file's text is not a page", () => {
    expect(sessionJsonInPage('{"format":"mcp-inspector-session"}')).toBeUndefined();
  });
});

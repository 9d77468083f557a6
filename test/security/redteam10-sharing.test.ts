// Issue 88 (red-team 10), the sharing surfaces issue 87 added: the page file (`--html FILE`,
// `export --html`, the page's "Download as a page"), the static viewer folder (`export --viewer
// DIR`) and the verdicts a session file now holds. Another local account plants a link or a file
// of its own at their names in a shared folder, or hands the person a page file of its own; a
// server's answer carries a secret or markup into a verdict. The attacker runs as a second account.
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotOurFile } from "../../server/own-file";
import { writeSessionFile } from "../../server/record/session-file";
import { writeSessionPage, writeSessionPageOf } from "../../server/record/session-page";
import { loadSessionFile } from "../../server/record/session-loader";
import { exportViewer } from "../../server/commands/export/viewer";
import { runCommandLine } from "../../server/commands/main";
import { scriptJson, sessionJsonInPage } from "../../lib/session/page-file";
import { FINDINGS_DATA_ID, SESSION_DATA_ID } from "../../lib/session/page-template";
import { parseSession, type SessionFile } from "../../lib/session/file";
import type { Verdict } from "../../lib/session/verdicts";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import type { Target } from "../../lib/target/target";
import { NO_OTHER_ACCOUNT, lineOf, otherAccount, type OtherAccount } from "../helpers/other-account";

const target: Target = { transport: "stdio", command: "node", args: ["server.js"], env: {} };
const state = { status: "disconnected" as const, generation: 1, target, pending: [], answers: DEFAULT_ANSWERS };
const VICTIM = "the person's own file, untouched\n";

let other: OtherAccount | undefined;
beforeAll(() => {
  if (!NO_OTHER_ACCOUNT) other = otherAccount();
});
afterAll(() => other?.remove());

/** A folder anyone may write, as the system's temporary folder is (sticky, 1777). */
function sharedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "redteam10-share-"));
  chmodSync(dir, 0o1777);
  return dir;
}

/** A file of the person's that a link may name (a shell rc file). */
function victimFile(): string {
  const victim = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-home-")), "bashrc");
  writeFileSync(victim, VICTIM);
  return victim;
}

/** The other account runs `script` (node -e) with `args`, and says "done" when it has. */
async function asOther(script: string, args: string[]): Promise<void> {
  const child = other!.node(`${script}; console.log("done")`, args);
  await lineOf(child, /done/);
}

const plantLink = (to: string, at: string) => asOther(`require("fs").symlinkSync(process.argv[1], process.argv[2])`, [to, at]);
const plantFile = (at: string, text: string) =>
  asOther(
    `require("fs").writeFileSync(process.argv[1], process.argv[2], { mode: 0o666 }); require("fs").chmodSync(process.argv[1], 0o666)`,
    [at, text],
  );
const plantDir = (at: string) =>
  asOther(`require("fs").mkdirSync(process.argv[1], { mode: 0o777 }); require("fs").chmodSync(process.argv[1], 0o777)`, [at]);

function io() {
  const said: string[] = [];
  return { said, io: { out: (t: string) => void said.push(t), err: (t: string) => void said.push(t) } };
}

describe.skipIf(NO_OTHER_ACCOUNT)(
  `the sharing files' names, taken first (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`,
  () => {
    it("`--html FILE` (the page writer): a link planted at the name is refused, naming it, and the file it names is untouched", async () => {
      const dir = sharedFolder();
      const victim = victimFile();
      const page = path.join(dir, "run.mcp-session.html");
      await plantLink(victim, page);
      expect(() => writeSessionPage(page, { target, state, entries: [] })).toThrow(NotOurFile);
      expect(() => writeSessionPage(page, { target, state, entries: [] })).toThrow(`${page} is a link`);
      // `export --html` and the page's download go through writeSessionPageOf: the same.
      expect(() => writeSessionPageOf(page, parseOwn())).toThrow(`${page} is a link`);
      expect(lstatSync(page).isSymbolicLink()).toBe(true);
      expect(readFileSync(victim, "utf8")).toBe(VICTIM);
    });

    it("`--html FILE`: a 0666 file of the other account's at the name is refused and left as it was", async () => {
      const dir = sharedFolder();
      const page = path.join(dir, "run.mcp-session.html");
      await plantFile(page, "theirs");
      expect(() => writeSessionPage(page, { target, state, entries: [] })).toThrow(
        new RegExp(`${escape(page)} belongs to another account \\(uid \\d+\\)`),
      );
      expect(readFileSync(page, "utf8")).toBe("theirs");
    });

    it("`export --viewer DIR`: DIR/index.html planted as a link or as another's file is refused with the file's name; the link's target is untouched", async () => {
      const dir = sharedFolder();
      const victim = victimFile();
      const linked = path.join(dir, "site-a");
      await plantDir(linked);
      await plantLink(victim, path.join(linked, "index.html"));
      const a = io();
      expect(exportViewer(linked, a.io)).toBe(2);
      expect(a.said.join("")).toContain(`cannot write ${path.join(linked, "index.html")}`);
      expect(a.said.join("")).toMatch(/is a link/);
      expect(readFileSync(victim, "utf8")).toBe(VICTIM);
      const planted = path.join(dir, "site-b");
      await plantDir(planted);
      await plantFile(path.join(planted, "index.html"), "theirs");
      const b = io();
      expect(exportViewer(planted, b.io)).toBe(2);
      expect(b.said.join("")).toMatch(/belongs to another account/);
      expect(readFileSync(path.join(planted, "index.html"), "utf8")).toBe("theirs");
      // The person's own folder in the shared one: written, readable by the web server that hosts it.
      const own = path.join(dir, "site-c");
      expect(exportViewer(own, io().io)).toBe(0);
      expect(existsSync(path.join(own, "index.html"))).toBe(true);
    });

    it("a page file another account wrote, naming its own command: the loader shows its target, and `replay FILE` without --yes does not run it", async () => {
      const dir = sharedFolder();
      const marker = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-marker-")), "pwned");
      const theirs: Target = { transport: "stdio", command: "sh", args: ["-c", `touch ${marker}`], env: {} };
      // Its session, made as any session file is, then wrapped in the least a page file is.
      const src = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-src-")), "s.json");
      writeSessionFile(src, { target: theirs, state: { ...state, target: theirs }, entries: [] });
      const json = readFileSync(src, "utf8");
      const forged = `<!doctype html>\n<html><head></head><body><script type="application/json" id="${SESSION_DATA_ID}">${scriptJson(JSON.parse(json))}</script></body></html>\n`;
      const file = path.join(dir, "bug-report.mcp-session.html");
      await plantFile(file, forged);
      const loaded = loadSessionFile(file);
      expect(loaded.ok && loaded.session.target).toMatchObject({ command: "sh", args: ["-c", `touch ${marker}`] });
      let err = "";
      const code = await runCommandLine(["replay", file], {}, { out: () => undefined, err: (s) => void (err += s) });
      expect(code).toBe(2);
      expect(err).toContain("sh");
      expect(err).toMatch(/no terminal to ask you\. Read the above and pass --yes to run it/);
      expect(existsSync(marker)).toBe(false);
    });
  },
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A session of the person's own, as a session file holds it. */
function parseOwn(verdicts?: Verdict[], t: Target = target): SessionFile {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-own-")), "s.json");
  writeSessionFile(file, { target: t, state: { ...state, target: t }, entries: [], verdicts });
  const r = parseSession(readFileSync(file, "utf8"));
  if (!r.ok) throw new Error(r.message);
  return r.session;
}

describe("verdicts in the shared files", () => {
  const HOST = "host-env-value-9f8e7d6c5b4a";
  const BEARER = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl";
  const withSecret: Target = { transport: "stdio", command: "node", args: ["server.js"], env: { UPSTREAM_TOKEN: HOST } };
  const verdicts: Verdict[] = [
    {
      source: "test",
      name: "whoami",
      status: "fail",
      message: `expected "ok", got "${HOST}"`,
      expected: "ok",
      actual: { text: `token ${HOST}; auth ${BEARER}` },
      checks: [{ label: "text", pass: false, message: `got ${BEARER}`, expected: "ok", actual: `${HOST}` }],
    },
  ];

  it("a host's env value and a bearer in a step's expected or actual value are redacted in the session file and in the page file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "redteam10-verdicts-"));
    const file = path.join(dir, "s.mcp-session.json");
    const page = path.join(dir, "s.mcp-session.html");
    writeSessionFile(file, { target: withSecret, state: { ...state, target: withSecret }, entries: [], verdicts });
    writeSessionPage(page, { target: withSecret, state: { ...state, target: withSecret }, entries: [], verdicts });
    for (const text of [readFileSync(file, "utf8"), readFileSync(page, "utf8")]) {
      expect(text).toContain("whoami");
      expect(text).not.toContain(HOST);
      expect(text).not.toContain("c2lnbmF0dXJlLXZhbHVl");
    }
    const inPage = parseSession(sessionJsonInPage(readFileSync(page, "utf8"))!);
    expect(inPage.ok && inPage.session.verdicts?.[0].status).toBe("fail");
  });

  it("`</script><script>…` or `<!--` in a verdict stays inside the page's data block; the policy comes before anything recorded", () => {
    const evil = `</script><script>alert(1)</script><!-- <script>`;
    const own = parseOwn([
      {
        source: "check",
        name: evil,
        status: "fail",
        message: evil,
        expected: evil,
        actual: { [evil]: evil },
        checks: [{ label: evil, pass: false, message: evil }],
      },
    ]);
    const page = path.join(mkdtempSync(path.join(tmpdir(), "redteam10-page-")), "p.html");
    writeSessionPageOf(page, own);
    const html = readFileSync(page, "utf8");
    expect(html).not.toContain("alert(1)</script>");
    expect(html).not.toContain("<!-- <script>");
    // The scripts an HTML parser sees (each `<script …>` up to the first `</script`): the two data
    // blocks and the viewer's own, as in the template.
    const scripts = [...html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script/gi)].map((m) => m[1].trim());
    expect(scripts).toEqual([`type="application/json" id="${SESSION_DATA_ID}"`, `type="application/json" id="${FINDINGS_DATA_ID}"`, ""]);
    const back = parseSession(sessionJsonInPage(html)!);
    expect(back.ok && back.session.verdicts?.[0].message).toBe(evil);
    // <head> opens with the charset, then the policy: before any style, script or recorded data.
    const head = html.slice(html.indexOf("<head>"), html.indexOf("</head>"));
    expect(head.split("\n").slice(1, 3)).toEqual([
      '<meta charset="utf-8">',
      expect.stringMatching(/^<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/),
    ]);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf(`id="${SESSION_DATA_ID}"`));
  });
});

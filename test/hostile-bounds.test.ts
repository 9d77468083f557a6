import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { MAX_JSON_DEPTH, SESSION_FORMAT, buildSession, parseSession } from "../lib/session/file";
import { LINK_PREFIX, decodeSessionLink, toBase64Url } from "../lib/session/share-link";
import { runLauncher } from "./helpers/launcher";

const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };
const base = () =>
  buildSession({
    inspectorVersion: "t",
    target: { transport: "stdio", command: "node", args: [], env: {} },
    capabilities: CAPS,
    entries: [],
  });

/** A session whose one message nests `depth` arrays deep, as text (JSON.stringify would recurse). */
function deepSessionText(depth: number): string {
  const deep = "[".repeat(depth) + "]".repeat(depth);
  const entry = `{"seq":1,"t":1,"kind":"message","dir":"server->client","size":1,"message":{"jsonrpc":"2.0","id":1,"result":{"x":${deep}}}}`;
  const s = JSON.stringify(base());
  return s.replace('"entries":[]', `"entries":[${entry}]`);
}

describe("hostile session files and links are refused with a reason, not a crash", () => {
  test("JSON nested 100,000 levels deep: refused when the file is read, and a depth below the bound still reads", () => {
    const r = parseSession(deepSessionText(100_000));
    expect(r).toEqual({
      ok: false,
      message: expect.stringMatching(new RegExp(`nests its JSON more than ${MAX_JSON_DEPTH} levels deep: refused`)),
    });
    expect(parseSession(deepSessionText(50)).ok).toBe(true);
  });

  test("a link that inflates past the bound stops there, with a message", async () => {
    // 100 MB of one repeated byte deflates to about 100 KB.
    const bomb = deflateRawSync(Buffer.alloc(100 * 1024 * 1024, 32));
    const r = await decodeSessionLink(`http://127.0.0.1:6274/#${LINK_PREFIX}${toBase64Url(bomb)}`);
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/inflates to more than 32 MB: refused/) });
  });

  test('"version": "1" (a string) says what is wrong', () => {
    const r = parseSession(JSON.stringify({ ...base(), format: SESSION_FORMAT, version: "1" }));
    expect(r).toEqual({ ok: false, message: 'this session file\'s "version" is "1", not a number: write "version": 2' });
  });

  test("replay of the deep file exits 2 (an error) with the message, not 1 (which means changed)", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "deep-")), "deep.mcp-session.json");
    writeFileSync(file, deepSessionText(100_000));
    const r = runLauncher(["replay", file, "--yes"]);
    expect((await r.exited).code).toBe(2);
    expect(r.stderr()).toMatch(/levels deep: refused/);
  });
});

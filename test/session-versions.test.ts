import { describe, expect, test } from "vitest";
import { buildSession, parseSession } from "../lib/session/file";
import { decodeSessionLink, encodeSessionLink } from "../lib/session/share-link";
import { RECORD_FORMAT_VERSION } from "../lib/record/format";

// The record format went to version 2 with App entries; files and links saved before it (record
// version 1) must still open: a bug report from last week is still a bug report.
const v1Session = () => {
  const s = buildSession({
    inspectorVersion: "0.1.0",
    target: { transport: "stdio", command: "node", args: ["s.js"], env: {} },
    capabilities: { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false },
    entries: [
      { seq: 1, t: 1_700_000_000_000, kind: "lifecycle", event: "connecting", text: "connecting to node s.js", target: "node s.js" },
    ],
  });
  return { ...s, recordVersion: 1 };
};

describe("record versions in session files and links", () => {
  test("a file written with record version 1 still parses; new files are written in the current version", () => {
    const parsed = parseSession(JSON.stringify(v1Session()));
    expect(parsed.ok, parsed.ok ? "" : parsed.message).toBe(true);
    expect(RECORD_FORMAT_VERSION).toBe(3);
    expect(
      buildSession({
        inspectorVersion: "x",
        target: { transport: "stdio", command: "n", args: [], env: {} },
        capabilities: v1Session().capabilities,
        entries: [],
      }).recordVersion,
    ).toBe(RECORD_FORMAT_VERSION);
  });
  test("a share link made from a version 1 session still opens", async () => {
    const { url } = await encodeSessionLink(v1Session() as never, "http://127.0.0.1:6274");
    const back = await decodeSessionLink(url);
    expect(back.ok, back.ok ? "" : back.message).toBe(true);
  });
  test("an unknown record version is refused in words", () => {
    const parsed = parseSession(JSON.stringify({ ...v1Session(), recordVersion: 99 }));
    expect(parsed.ok).toBe(false);
  });
});

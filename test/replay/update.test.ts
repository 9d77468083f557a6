import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { recordSession } from "../helpers/sessions";
import { fixture, replayCli, saveSession } from "./helpers";

// Issue 36 item 5: --update rewrites what changed and nothing else.
describe("replay --update", () => {
  test("a same replay leaves the file byte for byte; a changed one replaces only that response and keeps the recorded client", async () => {
    const file = saveSession(
      await recordSession(fixture(), async (e) => {
        await e.request("tools/list", {});
        await e.callTool("poem", {});
        await e.callTool("whoami", {});
      }),
    );
    const before = readFileSync(file, "utf8");
    const same = await replayCli([file, "--yes", "--update"]);
    expect(same.code, same.err).toBe(0);
    expect(same.err).toContain("nothing changed;");
    expect(readFileSync(file, "utf8")).toBe(before);

    const changed = await replayCli([file, "--yes", "--update", "-e", "SHOUT=1"]);
    expect(changed.code, changed.err).toBe(0);
    expect(changed.err).toMatch(/updated .*rec\.mcp-session\.json \(1 response replaced\)/);
    const a = JSON.parse(before);
    const b = JSON.parse(readFileSync(file, "utf8"));
    const { entries: ea, ...headA } = a;
    const { entries: eb, ...headB } = b;
    expect(headB).toEqual(headA); // createdAt, target, negotiated: as recorded
    expect(eb).toHaveLength(ea.length);
    const differ = ea.flatMap((e: unknown, i: number) => (JSON.stringify(e) === JSON.stringify(eb[i]) ? [] : [i]));
    expect(differ).toHaveLength(1);
    expect(JSON.stringify(eb[differ[0]])).toContain("THREE");
    expect(JSON.stringify(eb)).toContain('"clientInfo":{"name":"test"');
    expect(JSON.stringify(eb)).not.toContain("-replay");
    // And it is the new baseline.
    expect((await replayCli([file, "--yes", "-e", "SHOUT=1"])).code).toBe(0);
  });
});

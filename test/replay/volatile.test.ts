import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseSession } from "../../lib/session/file";
import { recordSession } from "../helpers/sessions";
import { fixture, replayCli, saveSession } from "./helpers";

// Issue 36 item 3: what changes on every run is not a regression.
describe("replay: volatile values", () => {
  test("a pid is masked by default and the report lists it", async () => {
    const file = saveSession(await recordSession(fixture(), async (e) => void (await e.callTool("whoami", {}))));
    const r = await replayCli([file, "--yes"]);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain("masked as volatile (ids, clocks, pids; not compared): $.result.structuredContent.pid");
    expect(r.out).toMatch(/1 same, 0 changed/);
  });

  test("--runs 2 finds what differs between two runs of the same server, ignores it, and --save-ignores writes it into the file", async () => {
    const file = saveSession(
      await recordSession(fixture(), async (e) => {
        await e.callTool("roll", {});
        await e.callTool("greet", { name: "Ada" });
      }),
    );
    const once = await replayCli([file, "--yes"]);
    expect(once.code).toBe(1);
    expect(once.out).toContain("~ $.result.structuredContent.value");

    const learned = await replayCli([file, "--yes", "--runs", "2"]);
    expect(learned.code, learned.out + learned.err).toBe(0);
    expect(learned.err).toContain(
      "these differed between two runs of the same server: tools/call roll $.result.structuredContent.value (ignored in this report; --save-ignores writes them into the file)",
    );
    expect(learned.out).toContain("differed between two runs of the same server (ignored): $.result.structuredContent.value");
    expect(readFileSync(file, "utf8")).not.toContain('"ignore"');

    const saved = await replayCli([file, "--yes", "--runs", "2", "--save-ignores"]);
    expect(saved.code, saved.err).toBe(0);
    expect(saved.err).toMatch(/updated .*rec\.mcp-session\.json \(1 ignore saved\)/);
    expect(parseSession(readFileSync(file, "utf8"))).toMatchObject({
      ok: true,
      session: { ignore: ["tools/call roll $.result.structuredContent.value"] },
    });
    // From now on one plain run passes: the file carries its ignores.
    expect((await replayCli([file, "--yes"])).code).toBe(0);
  });

  test("--save-ignores without --runs 2 is a usage error", async () => {
    const r = await replayCli(["x.mcp-session.json", "--save-ignores"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--save-ignores needs --runs 2");
  });
});

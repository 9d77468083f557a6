import { describe, expect, test } from "vitest";
import { recordSession } from "../helpers/sessions";
import { fixture, replayCli, saveSession } from "./helpers";

async function poemAndGreet() {
  return saveSession(
    await recordSession(fixture(), async (e) => {
      await e.request("tools/list", {});
      await e.callTool("greet", { name: "Ada" });
      await e.callTool("poem", {});
    }),
  );
}

// Issue 36 items 7 and 8: reports a CI reads, and a summary that counts what it shows.
describe("replay reports", () => {
  test("a renamed argument: tools/list changed, the call's isError result counted as a new error", async () => {
    const r = await replayCli([await poemAndGreet(), "--yes", "-e", "RENAMED=1"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/CHANGED {4}#\d+ tools\/list\n/);
    expect(r.out).toMatch(/NEW ERROR +#\d+ tools\/call greet\n/);
    expect(r.out).toContain("1 same, 1 changed, 1 new error, 0 no longer an error, 0 no response");
  });

  test("a changed text is diffed line by line", async () => {
    const r = await replayCli([await poemAndGreet(), "--yes", "-e", "SHOUT=1"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      [
        "    ~ $.result.content[0].text:",
        "        one",
        "        two",
        "      - three",
        "      + THREE",
        "        four",
        "        five",
      ].join("\n"),
    );
  });

  test("--format junit: one case per replayed request, the diff as the failure's text; --format json: the report", async () => {
    const file = await poemAndGreet();
    const junit = await replayCli([file, "--yes", "-e", "SHOUT=1", "--format", "junit"]);
    expect(junit.code).toBe(1);
    expect(junit.out).toMatch(/^<\?xml/);
    expect(junit.out).toContain('tests="3" failures="1" errors="0"');
    expect(junit.out).toMatch(/<testcase classname="replay\.rec\.mcp-session\.json" name="#\d+ tools\/call greet"\/>/);
    expect(junit.out).toMatch(/<failure type="changed" message="CHANGED">[^]*- three\n[^]*\+ THREE/);

    const json = await replayCli([file, "--yes", "-e", "RENAMED=1", "--format", "json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report.summary).toMatchObject({ same: 1, changed: 1, newError: 1 });
    expect(report.items).toHaveLength(3);
  });

  test("--format junit when the server does not start: exit 2 and still a report, its error case named connect", async () => {
    const r = await replayCli([await poemAndGreet(), "--command", "no-such-command-xyz-36", "--format", "junit"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('tests="1" failures="0" errors="1"');
    expect(r.out).toMatch(
      /<testcase classname="replay\.rec\.mcp-session\.json" name="connect">\n\s+<error message="[^"]*no-such-command-xyz-36/,
    );
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseSession } from "../../lib/session/file";
import { recordSession } from "../helpers/sessions";
import { FIXTURES } from "../helpers/targets";
import { replayCli, saveSession } from "../replay/helpers";

const variation = () => ({
  transport: "stdio" as const,
  command: process.execPath,
  args: [path.join(FIXTURES, "variation-server.mjs")],
  env: {},
});

// Issue 64 point 2: a mask learned by `--runs 2 --save-ignores` is scoped to the request and the
// path where the variation was seen, never to every response.
describe("a learned mask belongs to its request", () => {
  test("--save-ignores on a tool whose text varies does not make replay pass a server whose echo changed", async () => {
    const file = saveSession(
      await recordSession(variation(), async (e) => {
        await e.callTool("lucky", {});
        await e.callTool("echo", { message: "hello" });
      }),
    );
    expect((await replayCli([file, "--yes"])).code).toBe(1);

    const saved = await replayCli([file, "--yes", "--runs", "2", "--save-ignores"]);
    expect(saved.code, saved.out + saved.err).toBe(0);
    expect(saved.err).toContain("tools/call lucky $.result.content[0].text");
    const parsed = parseSession(readFileSync(file, "utf8"));
    expect(parsed).toMatchObject({ ok: true, session: { ignore: ["tools/call lucky $.result.content[0].text"] } });

    // The unchanged server passes: the lucky number is masked where it was seen.
    const same = await replayCli([file, "--yes"]);
    expect(same.code, same.out).toBe(0);
    // The echo changed at the same path, in another request's answer: a regression, caught.
    const changed = await replayCli([file, "--yes", "-e", "ECHO_CHANGED=1"]);
    expect(changed.code, changed.out).toBe(1);
    expect(changed.out).toContain("Echo: hello!");
  });
});

import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recordSession } from "../helpers/sessions";
import { everythingStdio, FIXTURES } from "../helpers/targets";
import { inspectorTest, tempDir } from "./run-cli";
import { replayCli } from "../replay/helpers";

// Issue 64, done when: a collection made by --from-session from a recording of --demo passes
// --demo again an hour later. The server runs with its clock an hour ahead (a preload moves Date).
describe("test --from-session on a recording of the demo server", () => {
  it("passes the demo server an hour later", async () => {
    const dir = tempDir();
    const session = path.join(dir, "demo.mcp-session.json");
    // Recorded by a client that offers what a collection's run can (sampling, elicitation, roots;
    // not tasks: the demo lists its task-only tools to a client that offers tasks).
    const recorded = await recordSession(
      everythingStdio(),
      async (e) => {
        await e.request("tools/list", {});
        await e.request("resources/list", {});
        await e.request("prompts/list", {});
        await e.callTool("echo", { message: "hello" });
        await e.callTool("get-sum", { a: 1, b: 2 });
        await e.callTool("get-structured-content", { location: "New York" });
        await e.callTool("get-annotated-message", { messageType: "success", includeImage: false });
        await e.request("resources/read", { uri: "demo://resource/static/document/architecture.md" });
        await e.request("prompts/get", { name: "simple-prompt" });
        // Its text holds the time the resource was made ("created at 3:09:41 AM").
        await e.callTool("get-resource-reference", { resourceType: "Text", resourceId: 1 });
      },
      { capabilities: { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false } },
    );
    writeFileSync(session, JSON.stringify(recorded));
    const made = path.join(dir, "demo.mcp-tests.yaml");
    const w = await inspectorTest(["--from-session", session, made]);
    expect(w.code, w.err).toBe(0);
    const later = ["-e", `NODE_OPTIONS=--require=${path.join(FIXTURES, "clock-shift.cjs")}`, "-e", "CLOCK_SHIFT_MS=3600000"];
    // replay of the same recording, an hour later, judges it the same way.
    const replayed = await replayCli([session, "--yes", ...later]);
    expect(replayed.code, replayed.out + replayed.err).toBe(0);
    const r = await inspectorTest([made, "--demo", ...later], { MCP_RECORDINGS_DIR: dir });
    expect(r.code, r.out + r.err).toBe(0);
  }, 90_000);
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import { loadSession } from "../../server/record/session-loader";
import { runLauncher } from "../helpers/launcher";
import { EVERYTHING } from "../helpers/targets";

describe("a recording the library writes opens in the page", () => {
  it("is read by `inspector --open` as a session with its calls, and the launcher comes up on it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "api-open-")), "echo.mcp-session.json");
    {
      await using mcp = await connect({ command: process.execPath, args: [EVERYTHING] });
      await mcp.callTool("echo", { message: "open me" });
      await mcp.saveSession(file);
    }
    // The loader --open uses, on the file as written.
    const loaded = await loadSession(file, { links: true });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session.negotiated?.serverInfo).toMatchObject({ name: expect.stringMatching(/everything/i) });
    expect(JSON.stringify(loaded.session.entries)).toContain("open me");
    const run = runLauncher(["--open", file, "--port", "0"]);
    try {
      await run.ready;
      expect(run.stderr()).not.toMatch(/--open:/);
    } finally {
      run.child.kill("SIGTERM");
      await run.exited;
    }
  });
});

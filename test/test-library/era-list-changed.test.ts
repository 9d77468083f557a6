import path from "node:path";
import { describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import "../../server/test-library/vitest";
import { FIXTURES } from "../helpers/targets";

const dual = { command: process.execPath, args: [path.join(FIXTURES, "era-list-changed-server.mjs"), "--stdio"] };

describe("list_changed in both eras (issue 48: one correct server, two eras)", () => {
  for (const era of ["legacy", "modern"] as const) {
    it(`${era}: a tool added by a call is announced, and waitForNotification sees it`, async () => {
      await using mcp = await connect(dual, { protocolEra: era });
      expect(mcp.negotiated.era).toBe(era);
      expect((await mcp.callTool("grow")).isError).toBe(false);
      const n = await mcp.waitForNotification("notifications/tools/list_changed", undefined, { timeout: 10_000 });
      expect(n.method).toBe("notifications/tools/list_changed");
      expect((await mcp.listTools()).tools.map((t) => t.name)).toContain("grown");
      expect(mcp).toHaveNoFindings({ severity: "warning" });
    });
  }
});

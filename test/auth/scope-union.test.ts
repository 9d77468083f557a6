import { describe, expect, it } from "vitest";
import { connect, withFixture } from "./with-fixture";

describe("step-up keeps what was granted (SEP-2350)", () => {
  it("a 403 for another scope: the new login asks for both, so the first operation still works after it", async () => {
    await withFixture({ challengeScope: "read", scopes: { "tools/call": "write" } }, {}, async (f, s, events) => {
      const client = await connect(f.url, s.wrapFetch(fetch));
      const result = await client.callTool({ name: "echo", arguments: {} });
      expect(result.content).toEqual([{ type: "text", text: "scope: read write" }]);
      const asked = f.log.filter((l) => l.path === "/authorize").map((l) => new URLSearchParams(l.query).get("scope"));
      expect(asked).toEqual(["read", "read write"]);
      expect(events).toContainEqual(
        expect.objectContaining({ type: "decision", chose: "scope=read write", spec: expect.stringContaining("2350") }),
      );
      await client.close();
    });
  });
});

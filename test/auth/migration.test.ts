import { describe, expect, it } from "vitest";
import { connect, withFixture } from "./with-fixture";

describe("the resource moves to another authorization server (SEP-2352)", () => {
  it("the client registered at the first is not presented to the second: registered again there, and the call goes through", async () => {
    await withFixture({ migrate: true }, {}, async (f, s, events) => {
      const client = await connect(f.url, s.wrapFetch(fetch));
      // initialize used the first server's token; this request is refused and the metadata names the second.
      expect((await client.listTools()).tools[0].name).toBe("echo");
      await client.close();
      const at = (origin: string, path: string) => f.log.filter((l) => (l as { origin?: string }).origin === origin && l.path === path);
      expect(at(f.asOrigin, "/register")).toHaveLength(1);
      expect(at(f.as2Origin, "/register")).toHaveLength(1);
      const firstId = new URLSearchParams(at(f.asOrigin, "/authorize")[0].query).get("client_id")!;
      for (const l of [...at(f.as2Origin, "/authorize"), ...at(f.as2Origin, "/token")])
        expect(`${l.query ?? ""} ${l.body}`).not.toContain(firstId);
      expect(s.status().issuer).toBe(f.as2Origin);
      expect(events).toContainEqual(
        expect.objectContaining({ type: "decision", step: "registration", chose: `register again at ${f.as2Origin}` }),
      );
    });
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect, withFixture } from "./with-fixture";

const dir = mkdtempSync(path.join(tmpdir(), "workload-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("workload identity (SEP-1933): the platform's JWT as a jwt-bearer grant", () => {
  it("from a token file, read again at each token request (platforms rotate it in place); no registration, no person", async () => {
    const file = path.join(dir, "token");
    await withFixture({ workload: true }, { grant: "workload", workload: { tokenFile: file }, clientId: "wl-client" }, async (f, s) => {
      writeFileSync(file, `${f.mintWorkloadJwt({ sub: "first" })}\n`);
      const client = await connect(f.url, s.wrapFetch(fetch));
      writeFileSync(file, f.mintWorkloadJwt({ sub: "second" }));
      // Without a token the next request's 401 asks for a new one: with the file as it is now.
      s.forget();
      await client.listTools();
      await client.close();
      expect(f.workloadGrants.map((g) => g.claims.sub)).toEqual(["first", "second"]);
      expect(f.workloadGrants[0]).toMatchObject({ clientId: "wl-client", resource: f.url });
      expect(f.log.some((l) => l.path === "/register" || l.path === "/authorize")).toBe(false);
    });
  });

  it("an expired JWT: the server's invalid_grant is said, not retried, no other grant tried", async () => {
    await withFixture({ workload: true }, { grant: "workload", workload: { token: "x" } }, async (f, s, events) => {
      // The JWT from the environment, minted once the fixture knows its own origin.
      (s as unknown as { opts: { workload: { token: string } } }).opts.workload.token = f.mintWorkloadJwt({ exp: 1 });
      await expect(connect(f.url, s.wrapFetch(fetch))).rejects.toThrow(
        /invalid_grant: JWT assertion is expired.*not retried, no other grant tried/,
      );
      expect(f.log.filter((l) => l.path === "/token")).toHaveLength(1);
      expect(JSON.stringify(events)).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    });
  });

  it("a file that holds no JWT: a clear error before the server is asked, its content not shown", async () => {
    const file = path.join(dir, "not-a-jwt");
    writeFileSync(file, "hunter2 is my password");
    await withFixture({ workload: true }, { grant: "workload", workload: { tokenFile: file } }, async (f, s) => {
      const failure = connect(f.url, s.wrapFetch(fetch));
      await expect(failure).rejects.toThrow(/does not hold a JWT/);
      await expect(failure).rejects.not.toThrow(/hunter2/);
      expect(f.log.filter((l) => l.path === "/token")).toHaveLength(0);
    });
  });
});

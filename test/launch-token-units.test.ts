import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { LaunchCodes } from "../server/launcher/launch-code";
import { addressBytes, procAddress, socketOwnerUid, uidInTable } from "../server/peer-uid";
import { bootToken, storageKey, takeToken } from "../client/token";

describe("one-time launch codes", () => {
  const setup = (ownUid?: number) => {
    let now = 1_000;
    const warnings: string[] = [];
    const codes = new LaunchCodes({ token: "T", ttlMs: 60_000, now: () => now, warn: (m) => warnings.push(m), ownUid });
    return { codes, warnings, advance: (ms: number) => (now += ms) };
  };

  test("a code gives the token once; a second use is refused and the person warned", () => {
    const { codes, warnings } = setup();
    const code = codes.issue();
    expect(codes.redeem(code)).toEqual({ token: "T" });
    expect(codes.redeem(code)).toHaveProperty("refused");
    expect(warnings.join("\n")).toMatch(/used a second time/);
  });

  test("a code expires unused", () => {
    const { codes, advance } = setup();
    const code = codes.issue();
    advance(60_001);
    expect(codes.redeem(code)).toHaveProperty("refused");
  });

  test("another user's process cannot spend it (nor burn it for the person)", () => {
    const { codes, warnings } = setup(1000);
    const code = codes.issue();
    expect(codes.redeem(code, 1001)).toHaveProperty("refused");
    expect(warnings.join("\n")).toMatch(/another user \(uid 1001\)/);
    expect(codes.redeem(code, 1000)).toEqual({ token: "T" });
  });

  test("codes are distinct and do not look like the token", () => {
    const { codes } = setup();
    const a = codes.issue();
    expect(a).not.toBe(codes.issue());
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe("the owner of a loopback connection (Linux /proc/net/tcp)", () => {
  test("addresses and ports spelled as /proc spells them", () => {
    expect(procAddress(addressBytes("127.0.0.1")!, 8080, "LE")).toBe("0100007F:1F90");
    expect(procAddress(addressBytes("127.0.0.1")!, 8080, "BE")).toBe("7F000001:1F90");
    expect(procAddress(addressBytes("::1")!, 1, "LE")).toBe("00000000000000000000000001000000:0001");
    expect(procAddress(addressBytes("::ffff:127.0.0.1")!, 1, "LE")).toBe("0000000000000000FFFF00000100007F:0001");
    expect(addressBytes("localhost")).toBeUndefined();
  });

  test("the uid of the row whose ends match", () => {
    const table = [
      "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
      "   0: 0100007F:1F90 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 1 1",
      "   1: 0100007F:D431 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1001        0 2 1",
    ].join("\n");
    expect(uidInTable(table, "0100007F:D431", "0100007F:1F90")).toBe(1001);
    expect(uidInTable(table, "0100007F:0001", "0100007F:1F90")).toBeUndefined();
    const req = { socket: { remoteAddress: "127.0.0.1", remotePort: 0xd431, localAddress: "127.0.0.1", localPort: 0x1f90 } };
    expect(socketOwnerUid(req, () => table)).toBe(1001);
  });

  test.runIf(process.platform === "linux")("a real connection from this process is this user's", async () => {
    let seen: number | undefined;
    const server = http.createServer((req, res) => {
      seen = socketOwnerUid(req);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(seen).toBe(process.getuid!());
    } finally {
      server.close();
    }
  });
});

describe("the page takes the token or trades the code", () => {
  const origin = "http://127.0.0.1:6274";
  const env = (href: string) => {
    const store = new Map<string, string>();
    const replaced: string[] = [];
    return {
      store,
      replaced,
      e: {
        location: { href, origin },
        history: { replaceState: (_: unknown, __: string, url?: string) => void replaced.push(url ?? "") },
        storage: {
          getItem: (k: string) => store.get(k) ?? null,
          setItem: (k: string, v: string) => void store.set(k, v),
          removeItem: (k: string) => void store.delete(k),
        },
      },
    };
  };

  test("a launch code (in the fragment) leaves the address bar before it is traded, and the token is kept for reloads", async () => {
    // The run's query stays (red-team 8 #14): a reload asks this run's server, never a cached page.
    const { e, store, replaced } = env(`${origin}/?r=RUN&session=opened#launch=CODE`);
    const order: string[] = [];
    const token = await bootToken(e, async (code) => {
      order.push(`redeem ${code} after ${replaced.length} replace`);
      return "T";
    });
    expect(token).toBe("T");
    expect(replaced).toEqual(["/?r=RUN&session=opened"]);
    expect(order).toEqual(["redeem CODE after 1 replace"]);
    expect(store.get(storageKey(origin))).toBe("T");
  });

  test("a code in the query is not taken (issue 75: the server and a worker see a query, never a fragment)", async () => {
    const { e } = env(`${origin}/?launch=CODE`);
    const redeemed: string[] = [];
    expect(await bootToken(e, async (c) => (redeemed.push(c), "T"))).toBeUndefined();
    expect(redeemed).toEqual([]);
  });

  test("every service worker of the origin is unregistered before the code is traded; one that controls the page makes it load again first", async () => {
    const order: string[] = [];
    const workers = (controller: unknown) => ({
      controller,
      getRegistrations: async () => [{ unregister: async () => (order.push("unregister"), true) }],
    });
    const a = env(`${origin}/#launch=CODE`);
    expect(await bootToken({ ...a.e, workers: workers(null) }, async (c) => (order.push(`redeem ${c}`), "T"))).toBe("T");
    expect(order).toEqual(["unregister", "redeem CODE"]);

    // A worker controls this page: it would see the trade. The page loads again (its fragment kept), nothing traded.
    order.length = 0;
    const b = env(`${origin}/#launch=CODE`);
    const reloads: string[] = [];
    const pending = bootToken(
      { ...b.e, location: { ...b.e.location, reload: () => reloads.push("reload") }, workers: workers({}) },
      async (c) => (order.push(`redeem ${c}`), "T"),
    );
    await expect.poll(() => reloads).toEqual(["reload"]);
    expect(order).toEqual(["unregister"]);
    expect(b.replaced).toEqual([]);
    void pending;
    // Still controlled after that load: the code is dropped, never traded.
    const again = await bootToken(
      { ...b.e, location: { ...b.e.location, reload: () => reloads.push("reload") }, workers: workers({}) },
      async (c) => (order.push(`redeem ${c}`), "T"),
    );
    expect(again).toBeUndefined();
    expect(reloads).toEqual(["reload"]);
    expect(order).not.toContain("redeem CODE");
  });

  test("a spent code falls back to the tab's token (a reload), else none", async () => {
    const a = env(`${origin}/#launch=SPENT`);
    expect(await bootToken(a.e, async () => undefined)).toBeUndefined();
    a.store.set(storageKey(origin), "kept");
    expect(await bootToken(a.e, async () => undefined)).toBe("kept");
  });

  test("takeToken strips a launch code too", () => {
    const { e, replaced } = env(`${origin}/?token=abc#launch=X`);
    expect(takeToken(e)).toBe("abc");
    expect(replaced).toEqual(["/"]);
  });
});

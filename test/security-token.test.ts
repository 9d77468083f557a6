import { describe, expect, it } from "vitest";
import { storageKey, takeToken } from "../client/token";
import { launchTokenStorage } from "../features/shell/token-storage";

/** A Storage in memory, as a browser's. */
function memory(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

// Issue 12 item 3: the token sat in localStorage, outliving the inspector, and every tab of the
// origin (one another site opened with window.open included) got a live Reproduce from it.
describe("the launch token's storage", () => {
  const origin = "http://127.0.0.1:6274";
  it("keeps the token in this tab's sessionStorage, never localStorage, and drops an old localStorage copy", () => {
    const local = memory();
    const session = memory();
    local.setItem(storageKey(origin), "old-token");
    const store = launchTokenStorage({ localStorage: local, sessionStorage: session, location: { origin } });
    const history = { replaceState: () => undefined };
    expect(takeToken({ location: { href: `${origin}/?token=abc`, origin }, history, storage: store })).toBe("abc");
    expect(session.getItem(storageKey(origin))).toBe("abc");
    expect(local.getItem(storageKey(origin))).toBeNull();
    // A reload of the same tab gets in; a new tab (its own sessionStorage) does not.
    expect(takeToken({ location: { href: `${origin}/`, origin }, history, storage: store })).toBe("abc");
    const otherTab = launchTokenStorage({ localStorage: local, sessionStorage: memory(), location: { origin } });
    expect(takeToken({ location: { href: `${origin}/#session=v1.x`, origin }, history, storage: otherTab })).toBeUndefined();
  });

  it("works without storage at all (the token lives for this page only)", () => {
    const denied = {
      get localStorage(): Storage {
        throw new Error("denied");
      },
      get sessionStorage(): Storage {
        throw new Error("denied");
      },
      location: { origin },
    };
    const store = launchTokenStorage(denied);
    expect(store.getItem("x")).toBeNull();
  });
});

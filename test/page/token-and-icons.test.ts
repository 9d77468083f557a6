import { describe, expect, it } from "vitest";
import { iconSource } from "../../components/icon-source";
import { mediaDataUrl } from "../../components/media";
import { forgetToken, storageKey, takeToken } from "../../client/token";

function env(href: string) {
  const store = new Map<string, string>();
  const replaced: string[] = [];
  const location = { href, origin: new URL(href).origin };
  return {
    store,
    replaced,
    e: {
      location,
      history: { replaceState: (_: unknown, __: string, url?: string) => void replaced.push(url ?? "") },
      storage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
        removeItem: (k: string) => void store.delete(k),
      },
    },
  };
}

describe("launch token", () => {
  it("is taken from the URL, kept per origin, and stripped from the address bar", () => {
    const { e, store, replaced } = env("http://127.0.0.1:6274/?token=abc&x=1#h");
    expect(takeToken(e)).toBe("abc");
    expect(store.get(storageKey("http://127.0.0.1:6274"))).toBe("abc");
    expect(replaced).toEqual(["/?x=1#h"]);
  });
  it("comes from storage on a reload, and is gone once forgotten", () => {
    const { e, store } = env("http://127.0.0.1:6274/");
    store.set(storageKey("http://127.0.0.1:6274"), "kept");
    expect(takeToken(e)).toBe("kept");
    forgetToken(e);
    expect(takeToken(e)).toBeUndefined();
  });
});

describe("untrusted media", () => {
  it("icons: data: images directly, http(s) only as a remote source to load on request, nothing else", () => {
    expect(iconSource([{ src: "javascript:alert(1)" }, { src: "https://x.test/i.png" }])).toEqual({
      kind: "remote",
      url: "https://x.test/i.png",
      host: "x.test",
    });
    expect(iconSource([{ src: "https://x.test/i.png" }, { src: "data:image/png;base64,AAAA" }])).toEqual({
      kind: "data",
      url: "data:image/png;base64,AAAA",
    });
    expect(iconSource([{ src: "data:text/html,<script>" }, { src: "file:///etc/passwd" }])).toBeUndefined();
  });
  it("media data URLs need a matching MIME type and base64 data", () => {
    expect(mediaDataUrl("image", "image/png", "AAAA")).toBe("data:image/png;base64,AAAA");
    expect(mediaDataUrl("image", "text/html", "AAAA")).toBeUndefined();
    expect(mediaDataUrl("audio", "audio/wav", "https://x.test/a.wav")).toBeUndefined();
    expect(mediaDataUrl("image", 'image/png";x', "AAAA")).toBeUndefined();
  });
});

import { describe, expect, test } from "vitest";
import { linkViewOf } from "../../lib/apps/link-view";
import { openableUrl } from "../../lib/apps/open-link";

// Issue 38 (14): the App link confirm rendered the URL raw: a bidi override turned
// `https://example.com/\u202egnp.exe` into "…exe.png" on screen, and `https://127.0.0.1:7500@evil.example/`
// read as a local address.
describe("what the App link confirm shows", () => {
  test("a bidi override is shown as an escape, not obeyed", () => {
    const v = linkViewOf(openableUrl("https://example.com/\u202egnp.exe")!);
    expect(v.shown).toBe("https://example.com/\\u{202E}gnp.exe");
    expect(v.host).toBe("example.com");
    expect(v.warnings.join(" ")).toMatch(/invisible or direction-changing/);
  });

  test("a user name before @ is flagged, and the host shown is the one the browser goes to", () => {
    const v = linkViewOf(openableUrl("https://127.0.0.1:7500@evil.example/")!);
    expect(v.host).toBe("evil.example");
    expect(v.warnings[0]).toMatch(/user name before "@" \(127\.0\.0\.1:7500\): it does not go there, it goes to evil\.example/);
  });

  test("a host mixing Latin and Cyrillic is flagged with its scripts and its DNS name", () => {
    const v = linkViewOf("https://g\u0456thub.com/login");
    expect(v.host).toBe("xn--gthub-n2e.com");
    expect(v.writtenHost).toBe("g\u0456thub.com");
    expect(v.warnings.join(" ")).toMatch(/mixes scripts \(g\\u\{0456\}thub: Latin \+ Cyrillic\)/);
    // A name in one script that is not Latin is not a look-alike by itself: DNS is named.
    expect(linkViewOf("https://пример.рф/").warnings).toEqual([
      "The host is written with non-ASCII letters; DNS sees xn--e1afmkfd.xn--p1ai.",
    ]);
  });

  test("a plain link has nothing to flag", () => {
    expect(linkViewOf("https://example.com/docs?q=1")).toEqual({
      shown: "https://example.com/docs?q=1",
      host: "example.com",
      warnings: [],
    });
    expect(linkViewOf("https://пример.рф/").warnings).toEqual([
      "The host is written with non-ASCII letters; DNS sees xn--e1afmkfd.xn--p1ai.",
    ]);
  });
});

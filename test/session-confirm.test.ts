import { describe, expect, it } from "vitest";
import { arrivalWarning, commandLines, describeShared } from "../lib/session/shared";

// Issue 12 item 2: the confirm and the banner show the argv that runs, not what bidi controls,
// zero-width characters or newlines make it look like.
describe("the command a recording would run, as shown", () => {
  const trojan = {
    transport: "stdio" as const,
    command: "sh",
    args: ["-c", "echo hi # \u202E\u2066 ; touch ../pw \u2069\u2066", "a\nb", "", "zero\u200bwidth"],
    env: {},
  };

  it("puts every word on its own line, quoted as executed, with invisible characters escaped", () => {
    const { words, escaped } = commandLines(trojan);
    expect(words).toEqual([
      "sh",
      "-c",
      "'echo hi # \\u{202E}\\u{2066} ; touch ../pw \\u{2069}\\u{2066}'",
      "'a\\nb'",
      "''",
      "'zero\\u{200B}width'",
    ]);
    expect(escaped).toBe(true);
    // Nothing that reorders or hides text survives, and no word spans two lines.
    for (const w of words) expect(w).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\n\r]/);
  });

  it("keeps a plain command plain", () => {
    expect(commandLines({ transport: "stdio", command: "node", args: ["server.js", "--port=3"], env: {} })).toEqual({
      words: ["node", "server.js", "--port=3"],
      escaped: false,
    });
  });

  it("escapes a URL target and the banner's one-line description", () => {
    expect(commandLines({ transport: "http", url: "http://x.test/\u202Emcp", headers: {} }).words).toEqual(["http://x.test/\\u{202E}mcp"]);
    const banner = describeShared({ transport: "stdio", command: "sh", args: ["-c", "x\u202Ey"], cwd: undefined, envNames: [] });
    expect(banner).toBe("sh -c 'x\\u{202E}y'");
  });
});

// Issue 12 item 3: a link another site opened (window.open) got a live Reproduce with no word of it.
describe("where a recording came from, as the confirm says it", () => {
  const base = "http://127.0.0.1:6274/";
  it("names another site that opened or linked to it", () => {
    expect(arrivalWarning({ href: `${base}#session=v1.x`, referrer: "https://evil.example/page", opened: true })).toContain(
      "another site (https://evil.example)",
    );
  });
  it("says when another page opened it with window.open, even without a referrer", () => {
    expect(arrivalWarning({ href: `${base}?session=opened`, referrer: "", opened: true })).toContain("opened by another page");
  });
  it("says a share link was chosen by someone else", () => {
    expect(arrivalWarning({ href: `${base}#session=v1.x`, referrer: "", opened: false })).toContain("share link");
  });
  it("says nothing for the launcher's own --open", () => {
    expect(arrivalWarning({ href: `${base}?session=opened`, referrer: "", opened: false })).toBeUndefined();
    expect(arrivalWarning({ href: `${base}?session=opened`, referrer: `${base}`, opened: false })).toBeUndefined();
  });
});

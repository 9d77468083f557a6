import { describe, expect, test } from "vitest";
import { hasInvisible, shellQuoted, visible } from "../lib/text/visible";

describe("visible", () => {
  test("bidi controls, zero-width characters and control characters are escaped; the rest is kept", () => {
    expect(visible("rm -rf /tmp/x \u202E/* owt */")).toBe("rm -rf /tmp/x \\u{202E}/* owt */");
    expect(visible("a\u200Bb\u2066c\u2069")).toBe("a\\u{200B}b\\u{2066}c\\u{2069}");
    expect(visible("line\nnext\ttab\u0007bell")).toBe("line\\nnext\\ttab\\u{0007}bell");
    expect(visible("héllo wörld 日本")).toBe("héllo wörld 日本");
    expect(hasInvisible("plain")).toBe(false);
    expect(hasInvisible("x\u202Ey")).toBe(true);
  });
  test("arguments are quoted as a shell would need them", () => {
    expect(shellQuoted("server.js")).toBe("server.js");
    expect(shellQuoted("two words")).toBe("'two words'");
    expect(shellQuoted("it's")).toBe("'it'\\''s'");
    expect(shellQuoted("a\nb")).toBe("'a\\nb'");
  });
});

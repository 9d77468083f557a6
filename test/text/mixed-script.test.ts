import { describe, expect, test } from "vitest";
import { mixedScriptWords, scriptsOf } from "../../lib/text/mixed-script";

// Issue 38 (14): the Reproduce confirm flagged no look-alike made of two alphabets.
describe("mixedScriptWords finds the words a look-alike is made of", () => {
  test("a Cyrillic і in a host and a Cyrillic о in a path, with the odd letter escaped", () => {
    expect(mixedScriptWords("https://g\u0456thub.com/login")).toEqual([
      { word: "g\u0456thub", scripts: ["Latin", "Cyrillic"], shown: "g\\u{0456}thub" },
    ]);
    expect(mixedScriptWords("/h\u043Eme/user/.bashrc")).toEqual([
      { word: "h\u043Eme", scripts: ["Latin", "Cyrillic"], shown: "h\\u{043E}me" },
    ]);
  });

  test("a Greek omicron among Latin letters, and a word that is mostly Cyrillic", () => {
    expect(mixedScriptWords("g\u03BFogle")[0].shown).toBe("g\\u{03BF}ogle");
    expect(mixedScriptWords("\u043F\u0440\u0438\u043Cep")[0]).toMatchObject({
      scripts: ["Cyrillic", "Latin"],
      shown: "\u043F\u0440\u0438\u043C\\u{0065}\\u{0070}",
    });
  });

  test("each word once, in order", () => {
    expect(mixedScriptWords("p\u0430y p\u0430y g\u0456t").map((m) => m.word)).toEqual(["p\u0430y", "g\u0456t"]);
  });

  test("one script per word, Japanese and Korean with Latin, accents and digits are not flagged", () => {
    for (const s of [
      "hello \u043C\u0438\u0440",
      "na\u00EFve caf\u00E9",
      "x\u0301y",
      "日本語のテキスト",
      "Tokyo東京タワー",
      "abc한국어",
      "v1.2-rc3",
      "ΑΒΓ abc",
      "/srv/live",
    ]) {
      expect(mixedScriptWords(s), s).toEqual([]);
    }
    expect(scriptsOf("g\u0456thub")).toEqual(["Latin", "Cyrillic"]);
  });
});

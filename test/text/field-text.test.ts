import { describe, expect, test } from "vitest";
import { fieldText, fromFieldText } from "../../lib/text/field-text";

// Issue 38 (14): the Reproduce form's inputs drew a bidi override as what it does: the cwd field
// read `/srv/live` for `/srv/\u202Eevil`.
describe("what an editable field shows of a value", () => {
  test("a bidi override, a zero-width space and a line break show as escapes", () => {
    expect(fieldText("/srv/\u202Eevil")).toBe("/srv/\\u{202E}evil");
    expect(fieldText("zero\u200Bwidth")).toBe("zero\\u{200B}width");
    expect(fieldText("a\nb")).toBe("a\\u{000A}b");
    expect(fieldText("a\nb\u202E", { lines: true })).toBe("a\nb\\u{202E}");
  });

  test("ordinary values, backslashes and escape-like text that is not one are left alone", () => {
    for (const v of ["/srv/live", "C:\\Users\\me", "printf 'a\\nb'", "\\u{zz}", "日本 café"]) expect(fieldText(v)).toBe(v);
  });

  test("every value comes back whole from its field text, literal \\u{…} text included", () => {
    const values = ["/srv/\u202Eevil", "\\u{202E} is RLO", "a\\\u202E\\u{41}", "\uD800 lone", "\u{E0041}tag", "a\r\nb", ""];
    for (const v of values) {
      expect(fromFieldText(fieldText(v)), JSON.stringify(v)).toBe(v);
      expect(fromFieldText(fieldText(v, { lines: true })), JSON.stringify(v)).toBe(v);
    }
    expect(fieldText("\\u{202E} is RLO")).toBe("\\u{005C}u{202E} is RLO");
  });

  test("an escape typed into a field becomes its character", () => {
    expect(fromFieldText("/srv/\\u{202E}evil")).toBe("/srv/\u202Eevil");
    expect(fromFieldText("\\u{110000}")).toBe("\\u{110000}");
  });
});

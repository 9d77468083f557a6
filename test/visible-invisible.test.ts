import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { RecordingBanner } from "../features/recording/recording-banner";
import { ReproduceConfirm } from "../features/recording/reproduce-confirm";
import { ArgumentFields } from "../features/recording/argument-fields";
import { buildSession, type SessionFile } from "../lib/session/file";
import { commandLines } from "../lib/session/shared";
import { hasInvisible, visible } from "../lib/text/visible";

// Issue 22 item 8: characters that render as nothing (or reorder the rest) got through the
// confirm and the banner. Each one here is a character an attacker used.
const TAG_A = "\u{E0041}"; // TAG LATIN CAPITAL LETTER A
const HIDDEN: Array<[string, string]> = [
  ["a tag character", TAG_A],
  ["the language tag and the cancel tag", "\u{E0001}\u{E007F}"],
  ["a soft hyphen", "\u00AD"],
  ["the combining grapheme joiner", "\u034F"],
  ["the Mongolian vowel separator", "\u180E"],
  ["a variation selector", "\uFE0F"],
  ["a supplementary variation selector", "\u{E0100}"],
  ["the Hangul fillers", "\u115F\u1160\u3164\uFFA0"],
  ["an interlinear annotation anchor", "\uFFF9"],
  ["Khmer inherent vowels", "\u17B4\u17B5"],
  ["a no-break space that passes for a space", "\u00A0"],
  ["the Braille blank", "\u2800"],
  ["a lone surrogate", "\uD800"],
];
// Anything that must never reach the screen unescaped: Cf (RLO among them), Default_Ignorable_Code_Point,
// controls, lone surrogates (the confirm's own line breaks between words aside).
const RAW_INVISIBLE = /(?!\n)[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cs}\u00a0\u2800]/u;

describe("visible() escapes every invisible and format character", () => {
  test.each(HIDDEN)("%s", (_what, chars) => {
    const shown = visible(`--flag${chars}`);
    expect(shown).not.toMatch(RAW_INVISIBLE);
    expect(shown).not.toBe("--flag");
    expect(shown).toContain("\\u{");
    expect(hasInvisible(`--flag${chars}`)).toBe(true);
  });

  test("`--tagchars` plus six invisible characters does not show as `--tagchars` in the confirm", () => {
    const arg = `--tagchars${TAG_A}\u00AD\u034F\u180E\uFE0F\u3164`;
    const { words, escaped } = commandLines({ transport: "stdio", command: "node", args: ["server.js", arg], env: {} });
    expect(escaped).toBe(true);
    expect(words[2]).toBe("'--tagchars\\u{E0041}\\u{00AD}\\u{034F}\\u{180E}\\u{FE0F}\\u{3164}'");
  });

  test("ordinary text, emoji and scripts that need no format characters stay as they are", () => {
    for (const s of ["héllo wörld 日本 한국어", "naïve café", "a 😀 b", "plain --flag=1"]) {
      expect(visible(s)).toBe(s);
      expect(hasInvisible(s)).toBe(false);
    }
  });
});

const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };
const RLO = "\u202E";

function hostileSession(): SessionFile {
  const s = buildSession({
    inspectorVersion: `1.0${RLO}evil`,
    target: { transport: "stdio", command: "node", args: ["server.js"], cwd: `/home/me/${RLO}gnp.exe`, env: {} },
    capabilities: CAPS,
    entries: [],
  });
  return { ...s, createdAt: `yesterday${RLO}${TAG_A}`, redactions: [{ what: `field ${RLO}"x"${TAG_A}`, count: 1 }] };
}

describe("the recording's views print every file-supplied string through visible()", () => {
  test("the banner: cwd, createdAt, inspectorVersion, redaction labels and the file's name", () => {
    const html = renderToStaticMarkup(
      createElement(RecordingBanner, { session: hostileSession(), origin: "file", name: `a${RLO}b.json`, onClose: () => {} }),
    );
    expect(html).not.toMatch(RAW_INVISIBLE);
    expect(html).toContain("/home/me/\\u{202E}gnp.exe");
    expect(html).toContain("1.0\\u{202E}evil");
    expect(html).toContain("yesterday\\u{202E}\\u{E0041}");
    expect(html).toContain("\\u{202E}&quot;x&quot;\\u{E0041}");
    expect(html).toContain("a\\u{202E}b.json");
  });

  test("the confirm: arguments, cwd and env names with tag characters and fillers", () => {
    const target = {
      transport: "stdio" as const,
      command: `node${TAG_A}`,
      args: [`--tagchars${TAG_A}\u00AD\u034F\u180E\uFE0F\u3164`],
      cwd: `/tmp/\u3164`,
      env: { [`API\u00ADKEY`]: "" },
    };
    const html = renderToStaticMarkup(
      createElement(ReproduceConfirm, {
        target,
        requests: [],
        arrivedFrom: `another site${RLO}`,
        onConfirm: () => {},
        onCancel: () => {},
      }),
    );
    expect(html).not.toMatch(RAW_INVISIBLE);
    expect(html).toContain("--tagchars\\u{E0041}\\u{00AD}\\u{034F}\\u{180E}\\u{FE0F}\\u{3164}");
    expect(html).toContain("API\\u{00AD}KEY");
  });

  test("the argument fields say which argument holds invisible characters", () => {
    const html = renderToStaticMarkup(createElement(ArgumentFields, { args: [`--tagchars${TAG_A}\u3164`], onChange: () => {} }));
    expect(html).toContain("holds invisible characters: --tagchars\\u{E0041}\\u{3164}");
  });
});

/**
 * Mixed-script words: one word whose letters come from two alphabets, as a look-alike's do
 * (`gіthub` with a Cyrillic і, `/hоme/user` with a Cyrillic о). The rule is UTS #39's "highly
 * restrictive" profile: a word may be one script, or Latin with the scripts Chinese, Japanese and
 * Korean write together (Han + Hiragana + Katakana, Han + Bopomofo, Han + Hangul); anything else
 * is flagged. Letters of scripts not named here count as "other", which is flagged beside Latin too.
 * Whole-script look-alikes (`саг`, all Cyrillic) are not mixed and not found here.
 */
const NAMES = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Cherokee",
  "Georgian",
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Khmer",
  "Ethiopic",
  "Canadian_Aboriginal",
  "Coptic",
  "Lisu",
  "Vai",
  "Tifinagh",
  "Han",
  "Hiragana",
  "Katakana",
  "Bopomofo",
  "Hangul",
];
const SCRIPTS = NAMES.map((name) => ({ name, re: new RegExp(`^\\p{Script=${name}}$`, "u") }));
/** Script sets one word may mix (UTS #39 5.2, highly restrictive), each with Latin. */
const ALLOWED = [
  ["Latin", "Han", "Hiragana", "Katakana"],
  ["Latin", "Han", "Bopomofo"],
  ["Latin", "Han", "Hangul"],
].map((s) => new Set(s));

/** A character's script among the named ones; undefined for Common and Inherited (digits, marks, punctuation). */
function scriptOf(ch: string): string | undefined {
  if (/^[\p{Script=Common}\p{Script=Inherited}]$/u.test(ch)) return undefined;
  return SCRIPTS.find((s) => s.re.test(ch))?.name ?? "other";
}

/** The scripts of a word's letters, in order of first use. */
export function scriptsOf(word: string): string[] {
  const out: string[] = [];
  for (const ch of word) {
    const s = scriptOf(ch);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** True when a word's scripts are not one script nor an allowed mix. */
function isMixed(scripts: readonly string[]): boolean {
  return scripts.length > 1 && !ALLOWED.some((set) => scripts.every((s) => set.has(s)));
}

/** A flagged word: its scripts, and the word with each letter not of its main script written as an escape. */
export interface MixedWord {
  word: string;
  scripts: string[];
  /** `g\u{0456}thub`: the letters that do not belong to the word's most used script, escaped. */
  shown: string;
}

/** Every word (a run of letters and marks) in `text` that mixes scripts, once each, in order. */
export function mixedScriptWords(text: string): MixedWord[] {
  const out: MixedWord[] = [];
  for (const [word] of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (out.some((m) => m.word === word)) continue;
    const scripts = scriptsOf(word);
    if (isMixed(scripts)) out.push({ word, scripts, shown: escapeOutsiders(word, mainScript(word, scripts)) });
  }
  return out;
}

function mainScript(word: string, scripts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const ch of word) {
    const s = scriptOf(ch);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return scripts.reduce((best, s) => ((counts.get(s) ?? 0) > (counts.get(best) ?? 0) ? s : best));
}

function escapeOutsiders(word: string, main: string): string {
  let out = "";
  for (const ch of word) {
    const s = scriptOf(ch);
    out += s && s !== main ? `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}}` : ch;
  }
  return out;
}

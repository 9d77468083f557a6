import fc from "fast-check";

// The fuzzer's settings (issue 52): each property runs a bounded number of cases with a fixed
// seed in `npm test`, so CI is quick and a failure reproduces; a long hunt runs many more:
//
//   FUZZ_RUNS=100000 npx vitest run test/fuzz                 more cases, same seed
//   FUZZ_RUNS=100000 FUZZ_SEED=random npx vitest run test/fuzz   a new seed each run (printed on failure)
//   FUZZ_SEED=1234 npx vitest run test/fuzz                   replay the seed a failure printed
//
// A case a hunt finds becomes a fixed test beside the property (see the `found:` tests).

const runs = Number(process.env.FUZZ_RUNS) || undefined;
const seed = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED) || 52;

/** fast-check's parameters for one property: `cases` in `npm test`, FUZZ_RUNS when set. */
export function fuzz<T>(cases: number): fc.Parameters<T> {
  return { numRuns: runs ?? cases, ...(seed !== undefined ? { seed } : {}) };
}

/** A test's time limit: vitest's default for the bounded run, none worth the name for a hunt. */
export const FUZZ_TIMEOUT = runs ? 24 * 3600_000 : 30_000;

/** Text a hostile peer may send: any UTF-16 (lone surrogates included), with the characters parsers trip on made likely. */
export const hostileText = (maxLength = 200) =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({
      maxLength,
      unit: fc.constantFrom(
        "\n",
        "\r",
        ":",
        " ",
        "{",
        "}",
        "[",
        "]",
        '"',
        "\\",
        "$",
        "{{",
        "}}",
        "\u202e",
        "\u200b",
        "a",
        "0",
        "-",
        "#",
        "*",
        "&",
        "\0",
      ),
    }),
  );

/** A JSON value with the keys JavaScript treats specially among the ordinary ones. */
export const hostileJson = (maxDepth = 4) =>
  fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", maxDepth },
      fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, ""),
      fc.string({ maxLength: 20 }),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(
        fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "prototype", "toString", "id", "method")),
        tie("value"),
        {
          maxKeys: 4,
        },
      ),
    ),
  })).value;

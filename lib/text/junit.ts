import { visible } from "./visible";

/** One test case: passed (with optional output), failed, in error, or skipped. */
export interface JunitCase {
  classname: string;
  name: string;
  failure?: { type: string; message: string; body?: string };
  error?: { message: string };
  skipped?: { message: string };
  /** Shown as the case's system-out; multi-line text keeps its lines. */
  output?: string;
}

export interface JunitSuite {
  name: string;
  cases: JunitCase[];
}

/**
 * The JUnit XML document of these suites, its counts taken from the cases. Every string goes
 * through `visible()` (a CI log viewer may render terminal escapes and bidi controls as a terminal
 * would), so no character XML 1.0 forbids (NUL, ESC, BEL, lone surrogates, U+FFFE) reaches the output.
 */
export function junitXml(name: string, suites: JunitSuite[]): string {
  const all = suites.flatMap((s) => s.cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attr(name)}" ${counts(all)}>`];
  for (const suite of suites) {
    out.push(`  <testsuite name="${attr(suite.name)}" ${counts(suite.cases)} skipped="${suite.cases.filter((c) => c.skipped).length}">`);
    for (const c of suite.cases) out.push(...caseXml(c));
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}

function counts(cases: JunitCase[]): string {
  return `tests="${cases.length}" failures="${cases.filter((c) => c.failure).length}" errors="${cases.filter((c) => c.error).length}"`;
}

function caseXml(c: JunitCase): string[] {
  const head = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}"`;
  const body: string[] = [];
  if (c.failure)
    body.push(`      <failure type="${attr(c.failure.type)}" message="${attr(c.failure.message)}">${text(c.failure.body ?? "")}</failure>`);
  if (c.error) body.push(`      <error message="${attr(c.error.message)}"/>`);
  if (c.skipped) body.push(`      <skipped message="${attr(c.skipped.message)}"/>`);
  if (c.output) body.push(`      <system-out>${text(c.output)}</system-out>`);
  return body.length ? [`${head}>`, ...body, "    </testcase>"] : [`${head}/>`];
}

/** XML 1.0's Char production; `visible()` leaves only U+FFFE and U+FFFF of the rest, both noncharacters. */
const NOT_XML = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** An attribute value: one line (a parser would turn a newline into a space anyway), escaped. */
function attr(s: string): string {
  return markup(visible(s)).replace(/"/g, "&quot;");
}

/** Element text: its lines kept, each line escaped as an attribute is. */
function text(s: string): string {
  return s
    .split("\n")
    .map((line) => markup(visible(line)))
    .join("\n");
}

function markup(s: string): string {
  return s
    .replace(NOT_XML, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

// The mutant corpus: each entry is a correct server (servers/*.mjs) with one planted bug, named by
// `--mutant`. Which verdict path is MEANT to catch which bug is declared here, once, with the
// reason; the path tests assert every meant mutant is caught and every correct server passes.
import path from "node:path";

export const SERVERS = path.resolve(import.meta.dirname, "servers");

export type Flavour = "v1" | "v2" | "raw";
export type Transport = "stdio" | "http";
export type Era = "legacy" | "modern";
export type PathName = "library" | "collection" | "replay" | "check" | "agent";
export const PATHS: PathName[] = ["library", "collection", "replay", "check", "agent"];

/** One correct server: a flavour on a transport, spoken to in one era. */
export interface Base {
  id: string;
  flavour: Flavour;
  transport: Transport;
  era: Era;
}

/** A base with one planted bug (`mutant: "none"` is the correct server itself). */
export interface Entry extends Base {
  base: string;
  mutant: string;
}

export const BASES: Base[] = [
  { id: "v1-stdio", flavour: "v1", transport: "stdio", era: "legacy" },
  { id: "v1-http", flavour: "v1", transport: "http", era: "legacy" },
  { id: "v2-stdio-2025", flavour: "v2", transport: "stdio", era: "legacy" },
  { id: "v2-stdio-2026", flavour: "v2", transport: "stdio", era: "modern" },
  { id: "v2-http-2026", flavour: "v2", transport: "http", era: "modern" },
  { id: "raw-stdio", flavour: "raw", transport: "stdio", era: "legacy" },
];

const ALL: PathName[] = ["library", "collection", "replay", "check", "agent"];
/** Paths that compare what came back with what the correct server answered. */
const COMPARING: PathName[] = ["library", "collection", "replay"];

/**
 * Each planted bug and the paths meant to catch it. `check` knows no expected values (it calls
 * tools with arguments of its own making), so it is meant only for what breaks a rule; the agent
 * path judges calls by their verdicts (isError, the outputSchema check, a failure) and the lint.
 */
export const MEANT: Record<string, { paths: PathName[]; why: string }> = {
  "struct-wrong-type": { paths: ALL, why: "structuredContent breaks the declared outputSchema" },
  "struct-missing": { paths: ALL, why: "a tool with an outputSchema must return structuredContent" },
  "output-violated": { paths: ALL, why: "structuredContent breaks the declared outputSchema" },
  "error-swallowed": { paths: [...COMPARING, "agent"], why: "a call that must fail succeeds (check never divides by zero)" },
  "error-on-success": {
    paths: [...COMPARING, "agent"],
    why: "a good call is a tool error (check cannot tell its sample arguments are good)",
  },
  "tool-renamed": { paths: [...COMPARING, "agent"], why: "the tool called is gone (a server may rename tools: not check's business)" },
  "arg-renamed": { paths: [...COMPARING, "agent"], why: "a call with the old argument fails (check builds arguments from the new schema)" },
  "required-added": {
    paths: [...COMPARING, "agent"],
    why: "a call without the new field fails (check builds arguments from the new schema)",
  },
  // Harmless (HARMLESS below): a description's wording is no regression, and `diff` calls it compatible.
  "description-changed": { paths: [], why: "harmless: a description changed; a path that fails it fails a good release" },
  "prompt-text": { paths: COMPARING, why: "the answer's text differs" },
  "resource-text": { paths: COMPARING, why: "the answer's text differs" },
  "code-changed": { paths: COMPARING, why: "the error code differs (any error code is legal for a missing resource)" },
  "unknown-method-code": { paths: [...COMPARING, "check"], why: "the spec says -32601 for an unknown method" },
  "pages-forever": { paths: ALL, why: "a nextCursor loop (pagination/repeated-cursor) and a changed second page" },
  "capability-unserved": { paths: [...COMPARING, "check"], why: "a declared capability must be served" },
  "list-changed-never": { paths: ["library"], why: "only a test that waits for the notification sees it missing" },
  "subscription-stale": { paths: ["library"], why: "only a test that waits for the update sees it missing" },
  "progress-out-of-order": { paths: ["library"], why: "only a test that asks for progress and reads its order" },
  "stdout-noise": { paths: ["library", "check", "agent"], why: "stdio/non-json: the lint's, not a response's" },
  "crash-mid-call": { paths: ALL, why: "the connection ends mid-call" },
  hang: { paths: ALL, why: "a call never answered (each path runs with a short request timeout)" },
  "era-refused": { paths: ALL, why: "every path speaks the entry's era (2025-11-25), which the server refuses" },
  "origin-unchecked": { paths: ["check"], why: "DNS-rebinding protection is a transport rule only check probes" },
};

/** Changes that are no regression: a path that fails one is counted as a false failure. */
export const HARMLESS = new Set(["description-changed"]);

const ON: Record<string, string[]> = {
  "v1-stdio": [
    "struct-wrong-type",
    "struct-missing",
    "output-violated",
    "error-swallowed",
    "error-on-success",
    "tool-renamed",
    "arg-renamed",
    "required-added",
    "description-changed",
    "prompt-text",
    "resource-text",
    "code-changed",
    "pages-forever",
    "capability-unserved",
    "list-changed-never",
    "subscription-stale",
    "progress-out-of-order",
    "stdout-noise",
    "crash-mid-call",
    "hang",
  ],
  "v1-http": ["struct-wrong-type", "tool-renamed", "crash-mid-call", "list-changed-never", "origin-unchecked"],
  "v2-stdio-2025": ["error-swallowed", "capability-unserved", "era-refused", "subscription-stale"],
  "v2-stdio-2026": ["struct-wrong-type", "prompt-text", "subscription-stale", "progress-out-of-order"],
  "v2-http-2026": ["resource-text", "error-on-success", "tool-renamed", "hang", "origin-unchecked"],
  "raw-stdio": [
    "struct-wrong-type",
    "unknown-method-code",
    "pages-forever",
    "stdout-noise",
    "progress-out-of-order",
    "arg-renamed",
    "crash-mid-call",
  ],
};

const entry = (b: Base, mutant: string): Entry => ({ ...b, base: b.id, mutant, id: mutant === "none" ? b.id : `${b.id}/${mutant}` });

/** The correct servers, one per base. */
export const CORRECT: Entry[] = BASES.map((b) => entry(b, "none"));
/** Every mutant of the corpus. */
export const MUTANTS: Entry[] = BASES.flatMap((b) => ON[b.id].map((m) => entry(b, m)));

/** Is `path` meant to catch this entry's bug? */
export function isMeant(path: PathName, e: Entry): boolean {
  return e.mutant !== "none" && MEANT[e.mutant].paths.includes(path);
}

/** Is this entry's change harmless (failing it is a false failure)? */
export function isHarmless(e: Entry): boolean {
  return HARMLESS.has(e.mutant);
}

/** The argv that starts an entry's server (HTTP ones add `--port 0`). */
export function serverArgs(e: Entry): string[] {
  const file = path.join(SERVERS, `${e.flavour}.mjs`);
  return [file, ...(e.mutant === "none" ? [] : ["--mutant", e.mutant]), ...(e.transport === "http" ? ["--port", "0"] : [])];
}

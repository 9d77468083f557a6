// The published corpus: servers this project did not write, run unmodified, and their mutants,
// each planted by the stdio proxy (proxy.mjs) rewriting frames, never by editing a server. A
// mutant is a regression (a user relying on the server would be hurt) or a harmless change (one
// `diff` calls compatible: a path that fails it fails a good release, a FALSE FAILURE). Which path
// is meant to catch which regression is declared here, once, with the reason.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROXY_MUTANTS } from "./proxy.mjs";
import { VENV_PYTHON } from "./venv";
import { pythonStart } from "./warm-python";

const HERE = import.meta.dirname;
const PKG = path.resolve(HERE, "../../../node_modules/@modelcontextprotocol");
export const PROXY = path.join(HERE, "proxy.mjs");

export type PubBaseId = "everything" | "filesystem" | "memory" | "python";
export type PubPath = "library" | "collection" | "replay" | "collection-check" | "check" | "handwritten";
export const PUB_PATHS: PubPath[] = ["library", "collection", "replay", "collection-check", "check", "handwritten"];

export interface PubEntry {
  id: string;
  base: PubBaseId;
  /** A PROXY_MUTANTS name; "none" is the published server itself. */
  mutant: string;
  /** The tool the mutant is about, when it is about one. */
  tool?: string;
  harmless: boolean;
}

/** What each base is: the package (or the pypi one), and how it is started. */
export const PUB_BASES: Record<PubBaseId, string> = {
  everything: "@modelcontextprotocol/server-everything (npm, pinned devDependency), stdio",
  filesystem: "@modelcontextprotocol/server-filesystem (npm) on a temp folder the test makes",
  memory: "@modelcontextprotocol/server-memory (npm), MEMORY_FILE_PATH in a fresh temp folder each start",
  python: "a server built on pypi's mcp (MCPServer, FastMCP's successor), test/mutants/published/notes_server.py, in a venv",
};

/** The regressions, and the paths meant to catch each. */
const ALL: PubPath[] = ["library", "collection", "replay", "handwritten"];
export const PUB_MEANT: Record<string, { paths: PubPath[]; why: string }> = {
  "drop-progress": { paths: ALL, why: "a call's notifications belong to its answer (check's guessed calls ask for no progress)" },
  "drop-log": { paths: [...ALL, "collection-check"], why: "a call's log notifications belong to its answer (sent to check's call too)" },
  slow: {
    paths: [...ALL, "collection-check"],
    why:
      "5 s where the recording took milliseconds (replay's limit: 10x and 1 s over; a recording made on a loaded machine " +
      "moves the delay past its own limit: slowDelayPast); a slow answer is no hang for check",
  },
  "crash-nth": { paths: [...ALL, "collection-check", "check"], why: "the connection ends mid-call" },
  "rpc-error": { paths: [...ALL, "collection-check", "check"], why: "a JSON-RPC error where a result is due" },
  "result-text": { paths: [...ALL, "collection-check"], why: "the answer's text differs (check knows no expected value)" },
  "tool-renamed": { paths: [...ALL, "collection-check"], why: "a tool called by name is gone (a rename is no rule break for check)" },
  "tool-removed": { paths: [...ALL, "collection-check"], why: "a tool called by name is gone" },
  "required-added": {
    paths: [...ALL, "collection-check"],
    why: "a call without the new field fails (check builds its arguments from the new schema)",
  },
  "struct-broken": { paths: [...ALL, "collection-check", "check"], why: "structuredContent breaks the declared outputSchema" },
};

/**
 * Where a path meant for a regression cannot reach it on one server, with the reason: its
 * recording never exercised what the mutant breaks (and the path says so).
 */
export const PUB_UNREACHED: Array<{ path: PubPath; base: PubBaseId; mutant: string; why: string }> = [
  {
    path: "collection-check",
    base: "filesystem",
    mutant: "struct-broken",
    why:
      'check guesses the path "test" for read_text_file, and a fresh folder has no such file: the recorded call is refused ' +
      "(isError, no structuredContent to break), and the collection names read_text_file as not exercised",
  },
  {
    path: "check",
    base: "filesystem",
    mutant: "struct-broken",
    why:
      'check calls read_text_file with the guessed path "test" before its guessed write_file makes that file: on a fresh ' +
      "folder the call is refused (isError), so there is no structuredContent to judge",
  },
];

/** Each base's mutants: [mutant, tool]. */
const ON: Record<PubBaseId, Array<[string, string?]>> = {
  everything: [
    ["drop-progress"],
    ["slow", "echo"],
    ["crash-nth"],
    ["rpc-error", "get-sum"],
    ["result-text", "echo"],
    ["tool-renamed", "echo"],
    ["required-added", "get-sum"],
    ["struct-broken", "get-structured-content"],
    ["tools-reordered"],
    ["description-fixed", "echo"],
    ["resource-added"],
    ["tools-meta"],
  ],
  filesystem: [
    ["slow", "list_directory"],
    ["crash-nth"],
    ["rpc-error", "read_text_file"],
    ["result-text", "read_text_file"],
    ["tool-removed", "list_directory"],
    ["struct-broken", "read_text_file"],
    ["tool-added"],
    ["optional-input", "read_text_file"],
  ],
  memory: [
    ["crash-nth"],
    ["rpc-error", "create_entities"],
    ["result-text", "search_nodes"],
    ["tool-removed", "search_nodes"],
    ["required-added", "create_entities"],
    ["description-fixed", "read_graph"],
  ],
  python: [
    ["drop-progress"],
    ["drop-log"],
    ["slow", "text_stats"],
    ["crash-nth"],
    ["rpc-error", "get_note"],
    ["result-text", "get_note"],
    ["tool-renamed", "add_note"],
    ["required-added", "text_stats"],
    ["struct-broken", "text_stats"],
    ["result-meta"],
    ["prompt-added"],
    ["version-bumped"],
  ],
};

const BASE_IDS = Object.keys(ON) as PubBaseId[];
const mk = (base: PubBaseId, mutant: string, tool?: string): PubEntry => {
  const known = (PROXY_MUTANTS as Record<string, { harmless: boolean }>)[mutant];
  if (!known) throw new Error(`unknown proxy mutant ${mutant}`);
  return { id: mutant === "none" ? base : `${base}/${mutant}`, base, mutant, tool, harmless: mutant !== "none" && known.harmless };
};

export const PUB_CORRECT: PubEntry[] = BASE_IDS.map((b) => mk(b, "none"));
export const PUB_MUTANTS: PubEntry[] = BASE_IDS.flatMap((b) => ON[b].map(([m, t]) => mk(b, m, t)));
export const PUB_ALL: PubEntry[] = [...PUB_CORRECT, ...PUB_MUTANTS];

/** Is `path` meant to catch this entry (a regression it is declared for)? */
export function pubMeant(p: PubPath, e: PubEntry): boolean {
  if (PUB_UNREACHED.some((u) => u.path === p && u.base === e.base && u.mutant === e.mutant)) return false;
  return e.mutant !== "none" && !e.harmless && (PUB_MEANT[e.mutant]?.paths.includes(p) ?? false);
}

/** What an entry plants, in words (TOOL and N filled). */
export function pubSays(e: PubEntry): string {
  const says = (PROXY_MUTANTS as Record<string, { says: string }>)[e.mutant].says;
  return says.replace(/TOOL/g, e.tool ?? "TOOL").replace(/\bNth\b/, "2nd");
}

/**
 * The folder the filesystem server is given: made by the test (once per test file), holding a
 * few files the scenarios read by relative paths (the server resolves them against this folder).
 */
export function makeFsRoot(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "mutant-fs-root-"));
  resetFsRoot(root);
  return root;
}

/**
 * Puts the folder back as makeFsRoot made it, at the same path (the server's answers name it):
 * what a run wrote (check's guessed `write_file`, `create_directory`, `move_file`, replayed by a
 * collection made from its recording) is gone, so each run starts from the state the recording did.
 */
export function resetFsRoot(root: string): void {
  for (const name of readdirSync(root)) rmSync(path.join(root, name), { recursive: true, force: true });
  mkdirSync(path.join(root, "notes"));
  writeFileSync(path.join(root, "notes", "todo.txt"), "buy milk\ncall Ada\n");
  writeFileSync(path.join(root, "notes", "ideas.md"), "# Ideas\n\n- a garden\n");
  writeFileSync(path.join(root, "readme.txt"), "This folder is the corpus's filesystem root.\n");
}

/** The argv (node + proxy + server) that starts an entry; `fsRoot` is the filesystem server's folder. */
export function pubArgv(e: PubEntry, fsRoot: string, slowMs?: number): { command: string; args: string[] } {
  const proxy = [
    PROXY,
    "--mutant",
    e.mutant,
    ...(e.tool ? ["--tool", e.tool] : []),
    ...(e.mutant === "slow" && slowMs !== undefined ? ["--delay-ms", String(slowMs)] : []),
  ];
  const server: Record<PubBaseId, string[]> = {
    // The everything server's gzip tool fetches a URL from the internet by default; no domain is
    // allowed here, so a call of it (check's) is refused before any fetch.
    everything: [
      "--env",
      "GZIP_ALLOWED_DOMAINS=127.0.0.1",
      "--",
      process.execPath,
      path.join(PKG, "server-everything/dist/index.js"),
      "stdio",
    ],
    filesystem: ["--", process.execPath, path.join(PKG, "server-filesystem/dist/index.js"), fsRoot],
    memory: ["--temp-env", "MEMORY_FILE_PATH=memory.jsonl", "--", process.execPath, path.join(PKG, "server-memory/dist/index.js")],
    python: ["--env", "PYTHONWARNINGS=ignore", "--", VENV_PYTHON, ...pythonStart(path.join(HERE, "notes_server.py"))],
  };
  return { command: process.execPath, args: [...proxy, ...server[e.base]] };
}

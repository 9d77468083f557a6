import type { FlagGroup } from "../flag-spec";
import type { CommonArgs } from "../command";
import { UsageError } from "../usage-error";
import { jsonObject, keyValue, logLevel, oneOf, toolArg } from "../values";
import { positiveInteger } from "./skill-values";
import { LOG_LEVELS } from "../../../lib/protocol/log-levels";
import {
  emptyAnswers,
  emptyTarget,
  validateHeadlessAnswers,
  validateTarget,
  targetSources,
  type AnswerArgs,
  type AuthArgs,
  type TargetArgs,
} from "../shared/target-flags";
import { validateSaveSession, type SaveSessionArgs } from "../shared/save-session";

export const CLI_METHODS = [
  "initialize",
  "tools/list",
  "tools/call",
  "resources/list",
  "resources/read",
  "resources/templates/list",
  "prompts/list",
  "prompts/get",
  "logging/setLevel",
  "ping",
  // The Skills extension (SEP-2640): ordinary one-shot calls, as the official CLI lists them.
  "skills/list",
  "skills/get",
  "resources/directory/read",
] as const;
export type CliMethod = (typeof CLI_METHODS)[number];

export const COMPLETION_SHELLS = ["bash", "zsh", "fish"] as const;

/** `inspector --cli`: one call, as the official MCP Inspector CLI's flags name it. */
export interface CliArgs extends TargetArgs, AuthArgs, AnswerArgs, SaveSessionArgs, CommonArgs {
  method?: CliMethod;
  toolName?: string;
  toolArgs: Record<string, unknown>;
  toolArgsJson?: Record<string, unknown>;
  /** tools/call as a task: the engine follows it and the final result is printed. */
  task: boolean;
  uri?: string;
  /** resources/directory/read: the page to ask for (the previous page's nextCursor). */
  cursor?: string;
  /** skills/list, skills/get: check every skill (SEP-2640 rules, digests, frontmatter); exit 7, 8 or 9. */
  verify: boolean;
  /** With --verify: a skill advertising no digests (`resources: "dynamic"`) exits 9. */
  requireDigests: boolean;
  skillCatalogMaxSkills?: number;
  skillCatalogMaxBytes?: number;
  promptName?: string;
  promptArgs: Record<string, string>;
  logLevel?: string;
  /** json: one JSON object on stdout, also for a failure; text (default): the result, pretty. */
  format: "text" | "json";
  /** --output-format: json (the envelope, pretty) or raw (the result exactly as the server sent it). */
  outputFormat?: "json" | "raw";
  /** --output FILE: the result goes to this file instead of stdout. */
  output?: string;
  quiet: boolean;
  /** tools/list: tool-schema portability problems on stderr; exit 6 on an error-severity one. */
  strict: boolean;
  /** `_meta` for every request (--metadata) and for tools/call only (--tool-metadata). */
  metadata: Record<string, unknown>;
  toolMetadata: Record<string, unknown>;
  advertiseApps: boolean;
  /** --app-info: the App metadata of the tools (tools/list) or of one tool (tools/call), not a call. */
  appInfo: boolean;
  completion?: (typeof COMPLETION_SHELLS)[number];
}

export function emptyCliArgs(): CliArgs {
  return {
    ...emptyTarget(),
    ...emptyAnswers(),
    toolArgs: {},
    promptArgs: {},
    task: false,
    verify: false,
    requireDigests: false,
    format: "text",
    quiet: false,
    strict: false,
    metadata: {},
    toolMetadata: {},
    advertiseApps: false,
    appInfo: false,
    help: false,
    version: false,
  };
}

export const CLI_FLAGS: FlagGroup<CliArgs> = {
  title: "One call (--cli)",
  flags: [
    { names: ["--cli"], help: "one call, its result as JSON on stdout, then exit", set: () => undefined },
    { names: ["--method"], value: "M", help: CLI_METHODS.join(" | "), set: (a, v) => (a.method = oneOf(v, CLI_METHODS, "--method")) },
    { names: ["--tool-name"], value: "N", help: "the tool of tools/call", set: (a, v) => (a.toolName = v) },
    {
      names: ["--tool-arg"],
      value: "KEY=VALUE…",
      variadic: true,
      help: "tool arguments (repeatable, or several after one flag; JSON values are parsed)",
      set: (a, v) => Object.assign(a.toolArgs, toolArg(v)),
    },
    {
      names: ["--tool-args-json"],
      value: "JSON",
      help: "all tool arguments as one JSON object (not with --tool-arg)",
      set: (a, v) => (a.toolArgsJson = jsonObject(v, "--tool-args-json")),
    },
    {
      names: ["--task"],
      help: "run tools/call as a task: the inspector follows it (tasks/get, tasks/result) and prints the final result",
      set: (a) => (a.task = true),
    },
    {
      names: ["--uri"],
      value: "URI",
      help: "the resource of resources/read or resources/directory/read, the skill of skills/get",
      set: (a, v) => (a.uri = v),
    },
    {
      names: ["--cursor"],
      value: "C",
      help: "resources/directory/read: the page to read (the nextCursor of the previous one)",
      set: (a, v) => (a.cursor = v),
    },
    {
      names: ["--verify"],
      help: "skills/list, skills/get: check each skill (SEP-2640 rules, every file's size and SHA-256, SKILL.md's frontmatter), one JSON report per skill on stdout; exit 7 when one fails, 8 when the read bounds stopped the check",
      set: (a) => (a.verify = true),
    },
    {
      names: ["--require-digests"],
      help: 'with --verify: exit 9 when a skill advertises no digests (resources: "dynamic") instead of reporting it unverifiable',
      set: (a) => (a.requireDigests = true),
    },
    {
      names: ["--skill-catalog-max-skills"],
      value: "N",
      help: "with --verify: the most skills one run reads (default 256)",
      set: (a, v) => (a.skillCatalogMaxSkills = positiveInteger(v, "--skill-catalog-max-skills")),
    },
    {
      names: ["--skill-catalog-max-bytes"],
      value: "N",
      help: "with --verify: the most bytes one run reads across all skills (default 67108864, 64 MiB)",
      set: (a, v) => (a.skillCatalogMaxBytes = positiveInteger(v, "--skill-catalog-max-bytes")),
    },
    { names: ["--prompt-name"], value: "N", help: "the prompt of prompts/get", set: (a, v) => (a.promptName = v) },
    {
      names: ["--prompt-args"],
      value: "KEY=VALUE…",
      variadic: true,
      help: "prompt arguments (repeatable, or several after one flag)",
      set: (a, v) => Object.assign(a.promptArgs, keyValue(v, "--prompt-args")),
    },
    {
      names: ["--log-level"],
      value: "L",
      help: `the level of logging/setLevel: ${LOG_LEVELS.join(" | ")}`,
      set: (a, v) => (a.logLevel = logLevel(v)),
    },
    {
      names: ["--metadata"],
      value: "KEY=VALUE…",
      variadic: true,
      help: "_meta for every request (repeatable; JSON values are parsed)",
      set: (a, v) => Object.assign(a.metadata, toolArg(v, "--metadata")),
    },
    {
      names: ["--tool-metadata"],
      value: "KEY=VALUE…",
      variadic: true,
      help: "_meta for tools/call only, over --metadata (repeatable)",
      set: (a, v) => Object.assign(a.toolMetadata, toolArg(v, "--tool-metadata")),
    },
    {
      names: ["--strict"],
      help: "tools/list: print every tool-schema portability problem on stderr; exit 6 when one is an error",
      set: (a) => (a.strict = true),
    },
    {
      names: ["--app-info"],
      help: "the MCP App metadata (resourceUri, csp, permissions, domain) as JSON lines: of every tool (tools/list) or of --tool-name (tools/call, not called; exit 2 when it has no App)",
      set: (a) => (a.appInfo = true),
    },
    {
      names: ["--advertise-apps"],
      help: "offer the MCP Apps extension (io.modelcontextprotocol/ui): servers list their App tools",
      set: (a) => (a.advertiseApps = true),
    },
  ],
};

export const CLI_OUTPUT_FLAGS: FlagGroup<CliArgs> = {
  title: "Output (--cli)",
  flags: [
    {
      names: ["--format"],
      value: "F",
      help: 'text (default): the result, pretty | json: one line {"result": …} on stdout, a failure as {"error": {code, message}} on stderr (as the official CLI)',
      set: (a, v) => (a.format = oneOf(v, ["text", "json"] as const, "--format")),
    },
    {
      names: ["--output-format"],
      value: "F",
      help: "of the --output file: json (default; the whole result, pretty) | raw (tools/call, resources/read: the result's text, or the decoded bytes of its one binary block)",
      set: (a, v) => (a.outputFormat = oneOf(v, ["json", "raw"] as const, "--output-format")),
    },
    { names: ["-o", "--output"], value: "FILE", help: "write the result to FILE instead of stdout", set: (a, v) => (a.output = v) },
    { names: ["-q", "--quiet"], help: "nothing on stderr but errors", set: (a) => (a.quiet = true) },
    {
      names: ["--completion"],
      value: "SHELL",
      help: "print a completion script for bash, zsh or fish, then exit",
      set: (a, v) => (a.completion = oneOf(v, COMPLETION_SHELLS, "--completion")),
    },
  ],
};

export function validateCli(a: CliArgs): void {
  if (a.completion) return;
  // --app-info alone: every tool's App line (tools/list), or --tool-name's (tools/call, not called).
  if (a.appInfo && !a.method) a.method = a.toolName ? "tools/call" : "tools/list";
  if (!a.method) throw new UsageError(`--cli needs --method (one of ${CLI_METHODS.join(", ")})`);
  if (a.method === "tools/call" && !a.toolName) throw new UsageError("--method tools/call needs --tool-name");
  if (a.toolArgsJson && Object.keys(a.toolArgs).length)
    throw new UsageError("--tool-args-json cannot be combined with --tool-arg; pick one");
  if ((a.method === "resources/read" || a.method === "skills/get" || a.method === "resources/directory/read") && !a.uri)
    throw new UsageError(`--method ${a.method} needs --uri`);
  if (a.cursor !== undefined && a.method !== "resources/directory/read")
    throw new UsageError("--cursor needs --method resources/directory/read");
  if (a.verify && a.method !== "skills/list" && a.method !== "skills/get")
    throw new UsageError("--verify needs --method skills/list or --method skills/get");
  if (a.requireDigests && !a.verify) throw new UsageError("--require-digests needs --verify");
  if (a.skillCatalogMaxSkills !== undefined && !a.verify) throw new UsageError("--skill-catalog-max-skills needs --verify");
  if (a.skillCatalogMaxBytes !== undefined && !a.verify) throw new UsageError("--skill-catalog-max-bytes needs --verify");
  if (a.verify && a.output) throw new UsageError("--output cannot be combined with --verify, which prints a report rather than a result");
  if (a.method === "prompts/get" && !a.promptName) throw new UsageError("--method prompts/get needs --prompt-name");
  if (a.method === "logging/setLevel" && !a.logLevel) throw new UsageError("--method logging/setLevel needs --log-level");
  if (a.task && a.method !== "tools/call") throw new UsageError("--task needs --method tools/call");
  if (a.outputFormat && !a.output) throw new UsageError("--output-format needs --output FILE");
  if (a.outputFormat === "raw" && a.method !== "tools/call" && a.method !== "resources/read")
    throw new UsageError("--output-format raw needs --method tools/call or resources/read; use --output-format json for other methods");
  if (a.output !== undefined && !a.output.trim()) throw new UsageError("--output needs a file path");
  if (a.output && a.appInfo)
    throw new UsageError("--output cannot be combined with --app-info, which prints a report rather than a result");
  if (a.appInfo && a.method !== "tools/list" && a.method !== "tools/call")
    throw new UsageError("--app-info needs --method tools/list or tools/call");
  if (!targetSources(a).length) throw new UsageError("--cli needs a target: a command, --server-url, --config or --demo");
  validateTarget(a);
  validateHeadlessAnswers(a);
  validateSaveSession(a);
}

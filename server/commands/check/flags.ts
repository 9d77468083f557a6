import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import { oneOf } from "../values";
import type { AnswerArgs, AuthArgs, TargetArgs } from "../shared/target-flags";
import type { SaveSessionArgs } from "../shared/save-session";

export interface CheckArgs extends TargetArgs, AuthArgs, AnswerArgs, SaveSessionArgs, CommonArgs {
  format: "text" | "json" | "junit";
  /** Also call tools not annotated readOnlyHint, and get prompts that require arguments (their values guessed). */
  callTools: boolean;
  advertiseApps: boolean;
  /** The least severity that fails the run (exit 1): error (default) or warning. */
  failOn: "error" | "warning";
  /** --host: the host whose rules read --config (else known from the file's place and shape). */
  host?: string;
  /** --yes: start a project file's servers without asking (CI). */
  yes: boolean;
  /** --each: with --config, the full check of every server of the file, in one run. */
  each: boolean;
}

export const CHECK_FLAGS: FlagGroup<CheckArgs> = {
  title: "check",
  flags: [
    {
      names: ["--format"],
      value: "F",
      help: "text (default) | json | junit",
      set: (a, v) => (a.format = oneOf(v, ["text", "json", "junit"] as const, "--format")),
    },
    {
      names: ["--call-tools"],
      help: "also call tools not annotated readOnlyHint, and get prompts that require arguments (with guessed values)",
      set: (a) => (a.callTools = true),
    },
    {
      names: ["--fail-on"],
      value: "S",
      help: "error (default: a MUST broken, a crash, a hang fails) | warning (a SHOULD broken fails too)",
      set: (a, v) => (a.failOn = oneOf(v, ["error", "warning"] as const, "--fail-on")),
    },
    {
      names: ["--host"],
      value: "HOST",
      help: "with --config: read the file as HOST does (claude-code, cursor, vscode, gemini, codex, …; default: by its place and shape)",
      set: (a, v) => (a.host = v),
    },
    {
      names: ["--yes"],
      help: "with --config on a project's file (.mcp.json, .vscode/mcp.json, …): start its servers without asking (CI)",
      set: (a) => (a.yes = true),
    },
    {
      names: ["--each"],
      help: "with --config: the full check of every server the host would start, each report then one verdict line each; exit the worst",
      set: (a) => (a.each = true),
    },
    {
      names: ["--advertise-apps"],
      help: "offer the MCP Apps extension (io.modelcontextprotocol/ui)",
      set: (a) => (a.advertiseApps = true),
    },
  ],
};

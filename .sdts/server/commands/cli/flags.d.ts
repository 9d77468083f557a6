import type { FlagGroup } from "../flag-spec";
import type { CommonArgs } from "../command";
import { type AnswerArgs, type AuthArgs, type TargetArgs } from "../shared/target-flags";
import { type SaveSessionArgs } from "../shared/save-session";
export declare const CLI_METHODS: readonly ["initialize", "tools/list", "tools/call", "resources/list", "resources/read", "resources/templates/list", "prompts/list", "prompts/get", "logging/setLevel", "ping", "skills/list", "skills/get", "resources/directory/read"];
export type CliMethod = (typeof CLI_METHODS)[number];
export declare const COMPLETION_SHELLS: readonly ["bash", "zsh", "fish"];
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
export declare function emptyCliArgs(): CliArgs;
export declare const CLI_FLAGS: FlagGroup<CliArgs>;
export declare const CLI_OUTPUT_FLAGS: FlagGroup<CliArgs>;
export declare function validateCli(a: CliArgs): void;

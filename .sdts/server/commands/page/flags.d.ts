import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import type { AnswerArgs, AuthArgs, TargetArgs } from "../shared/target-flags";
export interface PageArgs extends TargetArgs, AuthArgs, AnswerArgs, CommonArgs {
    port: number;
    host: string;
    openBrowser: boolean;
    /** --open: a share link or a .mcp-session.json file to show (never run) on start. */
    open?: string;
    /** --collections DIR: the folder the Collections tab lists and writes (default mcp-tests/ here). */
    collections?: string;
    /** --sandbox-port, --agent-port: the other ports (default: they follow --port, see server/launcher/ports.ts). */
    sandboxPort?: number;
    agentPort?: number;
}
export declare const PAGE_FLAGS: FlagGroup<PageArgs>;

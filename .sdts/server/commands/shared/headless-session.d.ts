import type { Target } from "../../../lib/target/target";
import { type HeadlessSession } from "../../headless/connect";
import type { Env } from "./env-flags";
import type { AnswerArgs, AuthArgs, TargetArgs } from "./target-flags";
export interface HeadlessExtras {
    /** tools/call as a task: offer tasks (the everything server lists its task tools only to a client that does). */
    task?: boolean;
    /** Offer the MCP Apps extension (--advertise-apps). */
    advertiseApps?: boolean;
    onLogin?: (url: string) => void;
    /** A person is at a terminal to log in (the default browser login needs one). */
    interactive?: boolean;
}
/** Everything a headless run connects with, from the flags. Official default connect timeout: 15 s. */
export declare function headlessSession(a: TargetArgs & AuthArgs & AnswerArgs, target: Target, env: Env, extras?: HeadlessExtras): HeadlessSession;

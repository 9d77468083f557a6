import type { RunContext } from "../command";
import type { PageArgs } from "./flags";
import { type FollowingPort } from "../../launcher/ports";
import type { ConnectSpecInput, Target } from "../../../lib/target/target";
import type { StandingAnswersPatch } from "../../../lib/answers/schema";
import type { SessionFile } from "../../../lib/session/file";
import { EarlyTarget } from "../../engine/spawn-target";
/** What the page command knows once its command line is known good, its stdio target already starting. */
export interface PreparedPage {
    target?: Target;
    connect?: ConnectSpecInput;
    answers: StandingAnswersPatch;
    extraHostnames: string[];
    openedSession?: SessionFile;
    ports: Record<FollowingPort, number>;
    early?: EarlyTarget;
}
/**
 * Everything the page command checks before it starts anything, then its stdio target: a flag's
 * error still exits (2; 1 for a missing page) before any process starts. Part of the command
 * line's front end, so the target starts before the command's run module and its imports load
 * (issue 49: the target's start-up is most of the way to "connected" with --demo).
 */
export declare function preparePage(a: PageArgs, { env, io }: Pick<RunContext, "env" | "io">): Promise<PreparedPage | number>;

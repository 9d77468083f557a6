import type { Engine } from "../../engine";
import type { Io } from "../command";
import type { CliArgs } from "./flags";
export declare const SKILL_METHODS: readonly string[];
/**
 * skills/list, skills/get and resources/directory/read (SEP-2640) as the official CLI runs them:
 * refused here when the server did not declare the extension (or, for the directory read,
 * `directoryRead`: the SEP says a client MUST NOT call it then). With --verify, one JSON report
 * per skill on stdout, the summary on stderr, and the exit code of the worst outcome.
 */
export declare function runSkillMethod(a: CliArgs, engine: Engine, serverCapabilities: Record<string, unknown>, io: Io): Promise<number>;

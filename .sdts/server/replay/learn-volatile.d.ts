import { type ReplayReport } from "../../lib/session/replay-result";
import { type LearnedMask } from "../../lib/session/variation";
/**
 * What differed between two replays of the same server with nothing changed (issue 36 item 3's
 * learning pass): per request (its method and the tool, prompt or resource it named), the paths
 * whose values are volatile by nature of this server (a clock inside a base64 blob, a random
 * number). A mask is scoped to the request and the path where it was seen, never to every answer
 * (issue 64 point 2: `$.result.content[0].text` learned on a clock tool must not hide an echo tool's
 * change).
 */
export declare function volatileMasks(first: ReplayReport, second: ReplayReport): LearnedMask[];
/** The learned masks as the recording's `ignore` keeps them: `tools/call roll $.result.structuredContent.value`. */
export declare function volatilePaths(first: ReplayReport, second: ReplayReport): string[];
/**
 * The first run's report with the learned masks taken out of its diffs (listed in each item's
 * `volatile` instead), each only on the request it was seen on: a change only there is "same".
 * An error that appeared or went away stays. Bare paths (written by hand) apply to every item.
 */
export declare function withoutVolatile(r: ReplayReport, paths: readonly string[]): ReplayReport;

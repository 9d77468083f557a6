import type { Target } from "../../lib/target/target";
/**
 * What a report about `target` may not show: its env and header values (a `Bearer` header's token
 * alone too), in every form a text may carry them, and tokens by pattern. A server's stderr or an
 * error may repeat them, and a check's report is logged and shared (red-team 7). `filled`: the
 * values a host's file took from the environment (`${VAR}`, an envFile, a variable a field names),
 * wherever they went: an argument, the command, a URL (issue 71).
 */
export declare function maskKnown(target: Target | undefined, filled?: readonly string[]): (text: string) => string;
/** Every string of a JSON-shaped value (a report) through `mask`. */
export declare function maskStrings<T>(value: T, mask: (text: string) => string): T;

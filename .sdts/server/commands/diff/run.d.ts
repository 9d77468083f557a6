import { type Target } from "../../../lib/target/target";
import { type FailOn } from "../../../lib/surface";
import type { Io } from "../command";
/** One side of a diff: a recording, or a target to connect to and list. */
export type DiffSide = {
    kind: "session";
    file: string;
} | {
    kind: "target";
    target: Target;
    label?: string;
};
export interface DiffOptions {
    /** The old version: a DiffSide, or an argument as typed (see `parseDiffSide`). */
    a: DiffSide | string;
    /** The new version. */
    b: DiffSide | string;
    format?: "text" | "json" | "junit";
    /** `breaking` (default): exit 1 on a breaking change; `any`: on any change. */
    failOn?: FailOn;
    /** Env for targets given as strings (a command's server gets only this, as with `-e`). */
    env?: Record<string, string>;
    /** Headers for targets given as URL strings. */
    headers?: Record<string, string>;
}
/**
 * An argument as typed: an http(s) URL is a Streamable HTTP target; an existing file is a
 * recording when it reads as one (a `.json` name, or JSON text: its first character is `{`),
 * else a one-word command when it is executable (`diff ./server "./server --mutant x"`, as the
 * help says); anything else is a command line (split like a shell would, no expansion).
 */
export declare function parseDiffSide(arg: string, opts?: {
    env?: Record<string, string>;
    headers?: Record<string, string>;
}): DiffSide | {
    error: string;
};
/**
 * `inspector diff A B`: what changed between two versions of a server. Each side is a recording
 * or a live target; prints text, JSON or JUnit on stdout. Exit 0 when nothing fails (see
 * `failOn`), 1 when something does, 2 when a side cannot be read or reached (nothing printed
 * on stdout then). Sides of different transports are compared: the surface does not depend on
 * the transport.
 */
export declare function runDiff(opts: DiffOptions, io: Io): Promise<number>;

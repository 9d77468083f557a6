import type { SideSummary, SurfaceChange, SurfaceDiff } from "./compare";
/** `--fail-on breaking` (the default) or `--fail-on any`. */
export type FailOn = "breaking" | "any";
/** Exit code of `inspector diff`: 1 when a change fails the run, else 0. */
export declare function diffExitCode(d: SurfaceDiff, failOn?: FailOn): 0 | 1;
/** One side as the CLI's text output names it: label, origin, transport, server name and version, protocol. */
export declare function sideText(s: SideSummary): string;
/**
 * Plain text: the two sides, one line per change (breaking first), notes, a summary line. Each
 * line goes through `visible()`: names, messages and serverInfo come from a server or a received
 * session file, and an escape sequence in one must print as text, not act on the terminal.
 */
export declare function formatDiffText(d: SurfaceDiff): string;
/** The words of one change after its severity, as the text output prints them (the page shows the same). */
export declare function changeText(c: SurfaceChange): string;
/** `tool search: ` for an item's change; nothing for a negotiation change (its message names it). */
export declare function changeSubject(c: SurfaceChange): string;
/** `  [$.inputSchema.properties.x]`, or nothing when the message already says where. */
export declare function changePath(c: SurfaceChange): string;
/** The diff as JSON (`format: "mcp-inspector-diff"`, version 1). */
export declare function formatDiffJson(d: SurfaceDiff): string;
/**
 * JUnit XML: one suite per area, one test case per thing compared (each tool, prompt, …, and the
 * negotiation parts); a case fails when one of its changes fails the run (see FailOn), and lists
 * its other changes as output.
 */
export declare function formatDiffJunit(d: SurfaceDiff, failOn?: FailOn): string;

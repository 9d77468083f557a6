import type { CheckReport, McpCheckOptions, TargetInput } from "./types";
/**
 * The `check` command's report as data: connect, list everything, probe what every server must
 * do (with `callTools`, call each tool with sample arguments), lint the whole record. Never
 * throws for the server's faults: a server that cannot be reached is `connected: false` with
 * `connectError`.
 */
export declare function check(target: TargetInput, options?: McpCheckOptions): Promise<CheckReport>;

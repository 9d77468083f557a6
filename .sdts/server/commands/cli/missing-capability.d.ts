import type { CliMethod } from "./flags";
/**
 * A list the server declares no capability for: the official CLI prints an empty list and exits
 * 0 rather than sending a request the server does not serve (-32601). The same here, with a
 * note saying why the list is empty.
 */
export declare function missingCapability(method: CliMethod, caps: Record<string, unknown>): {
    result: Record<string, unknown[]>;
    note: string;
} | undefined;

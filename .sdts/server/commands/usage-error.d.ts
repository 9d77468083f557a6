/**
 * The words every command uses for what went wrong before anything ran: a usage error (the
 * command line itself) and a file that cannot be read. One place, so a file is "not found"
 * the same way for --config, --sampling, --env-file, --open and a session file.
 */
import { readFailure } from "../read-failure";
export { readFailure };
export declare class UsageError extends Error {
    constructor(message: string);
}
/** "WHAT: cannot read FILE: WHY", the one form of a read failure. */
export declare function cannotRead(what: string, file: string, e: unknown): string;

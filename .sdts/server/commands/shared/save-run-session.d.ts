import { type SessionSnapshot } from "../../record/session-file";
/**
 * Write the run's session file and say where on stderr (never stdout: scripts parse it). A write
 * that fails after all (the disk filled, the folder went away) goes to the temp folder instead,
 * and the line says so: the run's exit code is the run's, not the file's. `quiet` (--quiet) keeps
 * the "saved" line off stderr, never a failure. `redact`: more values to take out (what a host's
 * file filled from the environment, wherever it went).
 */
export declare function saveRunSession(file: string, snapshot: SessionSnapshot, err: (line: string) => void, quiet?: boolean, redact?: readonly string[]): void;

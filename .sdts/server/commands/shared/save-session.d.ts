import type { FlagGroup } from "../flag-spec";
/** `--save-session FILE` of the headless commands (--cli, check, --cli --load). */
export interface SaveSessionArgs {
    saveSession?: string;
}
export declare const SAVE_SESSION_FLAGS: FlagGroup<SaveSessionArgs>;
/** Parse-time check: a path was given. */
export declare function validateSaveSession(a: SaveSessionArgs): void;
/**
 * Before connecting: the file can be written where it is asked (it is not a folder, and the
 * nearest folder that exists above it is one we may write in), so a run is never made only to
 * lose its record at the end. Missing folders are made when the file is written.
 */
export declare function checkSaveSessionPath(file: string): void;

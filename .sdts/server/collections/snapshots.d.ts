/** Where a collection's snapshots live. */
export declare function snapshotFileOf(collectionFile: string): string;
/**
 * The values a snapshot compares: what changes run to run is masked, and what only one protocol
 * era carries is left out, so one snapshot holds for a 2025-11-25 and a 2026-07-28 connection
 * (`--protocol-era both` compares the second era with the first).
 */
export declare function snapshotValue(result: unknown): unknown;
/** A collection's snapshots: read once, written back only when a run adds or replaces one. */
export declare class SnapshotFile {
    readonly file: string;
    private readonly values;
    private changed;
    /** `fresh`: start empty, whatever the file holds (a collection written anew writes its snapshots anew). */
    constructor(file: string, o?: {
        fresh?: boolean;
    });
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    /** Write when something changed; returns whether it did. */
    save(): boolean;
}

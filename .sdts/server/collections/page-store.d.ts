import { type Collection } from "../../lib/collections/format";
import type { CollectionFileView, StepVerdict } from "../../lib/wire/collections";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { CollectionCommand } from "../bridge/collections-commands";
import { CollectionsFolder } from "./page-paths";
/** What the store needs of the live inspector: its state (the target's secrets) and its record (the requests to save). */
export interface CollectionsLive {
    getState(): SessionState;
    /** One record entry by seq; undefined when this inspector never recorded it (a shared recording's seq). */
    entry(seq: number): Entry | undefined;
    /** Run steps of a collection on the page's connection (page-run.ts). */
    run(collection: Collection, file: string, only?: number): Promise<StepVerdict[]>;
}
/**
 * The Collections tab's backend: lists, reads and edits collection files in one folder and runs
 * them on the page's connection. What it writes comes from this inspector's own record (a saved
 * step) or the page's editor, always through the share redaction first.
 */
export declare class CollectionsStore {
    private readonly folder;
    private readonly live;
    constructor(folder: CollectionsFolder, live: CollectionsLive);
    handle(cmd: CollectionCommand): Promise<unknown>;
    /** Save a request of this inspector's record as the file's last step (the file is made when missing). */
    save(file: string, requestSeq: number, name?: string): CollectionFileView;
    edit(file: string, index: number, params?: Record<string, unknown>, expect?: Array<Record<string, unknown>>): CollectionFileView;
    private view;
    private parsed;
    private read;
}

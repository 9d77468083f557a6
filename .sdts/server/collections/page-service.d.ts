import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import { CollectionsStore } from "./page-store";
/** The folder a collection lives in unless `--collections DIR` says otherwise: where a repository keeps them. */
export declare const DEFAULT_COLLECTIONS_DIR = "mcp-tests";
/**
 * The Collections tab's store over the live engine and record, for the bridge. The names its runs
 * may fill with `${NAME}` (beyond the target's own env) are read here, at start, from
 * INSPECTOR_COLLECTION_ENV: nothing the page sends can add one.
 */
export declare function collectionsService(engine: Engine, record: RecordStore, dir?: string, env?: Readonly<Record<string, string | undefined>>): CollectionsStore;

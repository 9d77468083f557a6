import path from "node:path";
import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import { CollectionsStore } from "./page-store";
import { CollectionsFolder } from "./page-paths";
import { pageRunner } from "./page-run";

/** The folder a collection lives in unless `--collections DIR` says otherwise: where a repository keeps them. */
export const DEFAULT_COLLECTIONS_DIR = "mcp-tests";

/** The Collections tab's store over the live engine and record, for the bridge. */
export function collectionsService(engine: Engine, record: RecordStore, dir = DEFAULT_COLLECTIONS_DIR): CollectionsStore {
  const folder = new CollectionsFolder(path.resolve(dir));
  return new CollectionsStore(folder, {
    getState: () => engine.getState(),
    entry: (seq) => record.get(seq),
    run: pageRunner(engine, record, folder),
  });
}

import path from "node:path";
import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import { CollectionsStore } from "./page-store";
import { CollectionsFolder } from "./page-paths";
import { pageRunner } from "./page-run";
import { listedNames } from "../../lib/collections/env-policy";

/** The folder a collection lives in unless `--collections DIR` says otherwise: where a repository keeps them. */
export const DEFAULT_COLLECTIONS_DIR = "mcp-tests";

/**
 * The Collections tab's store over the live engine and record, for the bridge. The names its runs
 * may fill with `${NAME}` (beyond the target's own env) are read here, at start, from
 * INSPECTOR_COLLECTION_ENV: nothing the page sends can add one.
 */
export function collectionsService(
  engine: Engine,
  record: RecordStore,
  dir = DEFAULT_COLLECTIONS_DIR,
  env: Readonly<Record<string, string | undefined>> = process.env,
): CollectionsStore {
  const folder = new CollectionsFolder(path.resolve(dir));
  const listed = listedNames(env);
  return new CollectionsStore(folder, {
    getState: () => engine.getState(),
    entry: (seq) => record.get(seq),
    run: pageRunner(engine, record, folder, listed),
  });
}

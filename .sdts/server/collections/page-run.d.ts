import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { Collection } from "../../lib/collections/format";
import type { StepResult } from "../../lib/collections/result";
import type { StepVerdict } from "../../lib/wire/collections";
import type { CollectionsFolder } from "./page-paths";
/**
 * Runs a collection's steps (one, or all) on the page's own connection, through the same runner
 * as `inspector test`, so the page and CI give the same verdicts. The steps' requests land in the
 * page's record like any other call.
 */
export declare function pageRunner(engine: Engine, record: RecordStore, folder: CollectionsFolder, listed?: readonly string[]): (collection: Collection, file: string, only?: number) => Promise<StepVerdict[]>;
/** The runner's step result as the page's wire carries it. */
export declare function verdictOf(r: StepResult): StepVerdict;

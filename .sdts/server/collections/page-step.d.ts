import { type Step } from "../../lib/collections/format";
import type { CollectionStepView } from "../../lib/wire/collections";
/**
 * The step a recorded request becomes, in the file's shorthand where there is one (`tool:` +
 * `arguments:`, `resource:`, `prompt:`), so the file reads as a person would write it. `_meta` is
 * left out: it carries this session's progress tokens, not what the test is about.
 */
export declare function stepFromRequest(message: unknown, name?: string): Step;
/** A step as the page shows it: the method it sends and its params in full, shorthands resolved. */
export declare function stepView(step: Step, index: number): CollectionStepView;
/**
 * The step's keys that carry what the raw editor shows as params (a step keeps its shorthand):
 * `{ name, arguments }` of a tools/call edits the tool and its arguments.
 */
export declare function paramsToStepKeys(step: Step, params: Record<string, unknown>): Partial<Step>;

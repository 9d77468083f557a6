import type { Command } from "../command";
import { type CheckArgs } from "./flags";
/** `inspector check TARGET`: the server doctor. */
export declare const checkCommand: Command<CheckArgs>;
export type { CheckArgs } from "./flags";

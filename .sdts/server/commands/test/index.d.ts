import type { Command } from "../command";
import { type TestArgs } from "./flags";
/** `inspector test [FILES|DIRS…] [TARGET]`: run collections of steps with expectations (docs/collections.md). */
export declare const testCommand: Command<TestArgs>;
export type { TestArgs } from "./flags";

import type { Command } from "../command";
import { type PageArgs } from "./flags";
export declare const pageCommand: Command<PageArgs>;
export type { PageArgs } from "./flags";

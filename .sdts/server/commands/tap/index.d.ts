import type { Command } from "../command";
import { type TapArgs } from "./args";
export type { TapArgs } from "./args";
export declare const tapCommand: Command<TapArgs>;

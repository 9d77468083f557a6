import type { Command } from "../command";
import { type ExportArgs } from "./flags";
export declare const exportCommand: Command<ExportArgs>;

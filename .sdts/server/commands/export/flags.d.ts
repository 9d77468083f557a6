import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
export interface ExportArgs extends CommonArgs {
    file?: string;
    otlp: boolean;
    output?: string;
}
export declare const EXPORT_FLAGS: FlagGroup<ExportArgs>;

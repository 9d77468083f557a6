import type { Io } from "../command";
import type { ExportArgs } from "./flags";
/** `inspector export --otlp FILE`: the recording's spans as OTLP/JSON, on stdout or into --output. */
export declare function runExport(a: ExportArgs, env: Record<string, string | undefined>, io: Io): Promise<number>;

import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";

export interface ExportArgs extends CommonArgs {
  file?: string;
  otlp: boolean;
  output?: string;
}

export const EXPORT_FLAGS: FlagGroup<ExportArgs> = {
  title: "export",
  flags: [
    {
      names: ["--otlp"],
      help: "OTLP/JSON traces (an ExportTraceServiceRequest), as a collector's OTLP/HTTP receiver takes them",
      set: (a) => (a.otlp = true),
    },
    { names: ["--output", "-o"], value: "FILE", help: "write to FILE instead of stdout", set: (a, v) => (a.output = v) },
  ],
};

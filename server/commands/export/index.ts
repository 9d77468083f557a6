import type { Command, CommonArgs, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";

export interface ExportArgs extends CommonArgs {
  file?: string;
  otlp: boolean;
  output?: string;
}

const EXPORT_FLAGS: FlagGroup<ExportArgs> = {
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

export const exportCommand: Command<ExportArgs> = {
  name: "export",
  usage: "Usage: inspector export --otlp FILE.mcp-session.json [--output trace.json]",
  summary: "a recording as OpenTelemetry traces (OTLP/JSON), redacted as a shared session is",
  groups: [EXPORT_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ otlp: false, help: false, version: false }),
  operands: (a, words) => {
    if (words.length > 1) throw new UsageError(`export takes one session file, got ${words.length}`);
    a.file = words[0];
  },
  validate: (a) => {
    if (!a.file) throw new UsageError("export needs a session file: inspector export --otlp FILE.mcp-session.json");
    if (!a.otlp) throw new UsageError("export needs a format: --otlp (OTLP/JSON traces)");
  },
  run: async (a: ExportArgs, { env, io }: RunContext) => (await import("./run")).runExport(a, env, io),
  helpFooter: ["Exit codes", "  0 written, 2 the file cannot be read or is not a session", ""],
};

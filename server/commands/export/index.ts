import type { Command, RunContext } from "../command";
import { EXPORT_FLAGS, type ExportArgs } from "./flags";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";

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

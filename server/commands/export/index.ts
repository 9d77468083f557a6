import type { Command, RunContext } from "../command";
import { EXPORT_FLAGS, type ExportArgs } from "./flags";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";

export const exportCommand: Command<ExportArgs> = {
  name: "export",
  usage:
    "Usage: inspector export --otlp FILE.mcp-session.json [--output trace.json]\n       inspector export --html FILE.mcp-session.json --output page.html\n       inspector export --viewer DIR",
  summary: "a recording as OpenTelemetry traces (OTLP/JSON) or a page file, or the read-only viewer as a static folder",
  groups: [EXPORT_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ otlp: false, help: false, version: false }),
  operands: (a, words) => {
    if (words.length > 1) throw new UsageError(`export takes one session file, got ${words.length}`);
    a.file = words[0];
  },
  validate: (a) => {
    if (a.viewer !== undefined) {
      if (!a.viewer.trim()) throw new UsageError("--viewer needs a folder");
      if (a.file || a.otlp || a.html)
        throw new UsageError("--viewer writes the viewer alone: it takes no session file and no other format");
      return;
    }
    if (!a.file) throw new UsageError("export needs a session file: inspector export --otlp FILE.mcp-session.json");
    if (a.otlp === !!a.html) throw new UsageError("export needs one format: --otlp (OTLP/JSON traces) or --html (a page file)");
    if (a.html && !a.output) throw new UsageError("--html needs --output FILE.html (a page is not written to a terminal)");
  },
  run: async (a: ExportArgs, { env, io }: RunContext) => (await import("./run")).runExport(a, env, io),
  helpFooter: ["Exit codes", "  0 written, 2 the file cannot be read or is not a session, or cannot be written", ""],
};

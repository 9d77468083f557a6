import { writeOwnFile } from "../../own-file";
import type { Io } from "../command";
import type { ExportArgs } from "./flags";
import { loadSession } from "../../record/session-loader";
import { otelConfigFromEnv } from "../../otel/config";
import { sessionToOtlpJson } from "../../otel/file-export";
import { DEFAULT_LIMITS } from "../../../lib/otel/limits";
import { readFailure } from "../usage-error";
import { visible } from "../../../lib/text/visible";

/** `inspector export --otlp FILE`: the recording's spans as OTLP/JSON, on stdout or into --output; --html and --viewer in ./viewer.ts. */
export async function runExport(a: ExportArgs, env: Record<string, string | undefined>, io: Io): Promise<number> {
  if (a.viewer !== undefined) return (await import("./viewer")).exportViewer(a.viewer, io);
  const loaded = await loadSession(a.file!, { links: true });
  if (!loaded.ok) {
    io.err(`inspector export: ${loaded.message}\n`);
    return 2;
  }
  if ("note" in loaded && loaded.note) io.err(`inspector export: ${loaded.note}\n`);
  if (a.html) return (await import("./viewer")).exportPage(loaded.session, a.output!, io);
  // The resource names the exporting service as the live export does (OTEL_SERVICE_NAME,
  // OTEL_RESOURCE_ATTRIBUTES), without needing an endpoint.
  const facts = otelConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: "unused", ...env }) ?? {
    serviceName: "mcp-inspector-harness",
    resourceAttributes: {},
    limits: DEFAULT_LIMITS,
  };
  const json = sessionToOtlpJson(loaded.session, facts);
  if (!a.output) {
    io.out(`${json}\n`);
    return 0;
  }
  try {
    writeOwnFile(a.output, `${json}\n`);
  } catch (e) {
    io.err(`inspector export: cannot write ${visible(a.output)}: ${readFailure(e)}\n`);
    return 2;
  }
  return 0;
}

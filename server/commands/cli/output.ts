import { writeOwnFile } from "../../own-file";
import { inertJson, visible } from "../../../lib/text/visible";
import type { Io } from "../command";
import { readFailure } from "../usage-error";
import type { CliArgs } from "./flags";
import { asRecord } from "../../../lib/json/shape";
import { SKILL_EXIT } from "../../../lib/skills/outcome";

/** --verify's codes (lib/skills/outcome.ts), under the CLI's names. */
const SKILL_EXIT_CODES = {
  skillNonconformant: SKILL_EXIT.nonconformant,
  skillIncomplete: SKILL_EXIT.incomplete,
  skillUnverifiable: SKILL_EXIT.unverifiable,
} as const;

/** Exit codes of `--cli`, as the official MCP Inspector CLI's (its EXIT_CODES). */
export const CLI_EXIT = {
  ok: 0,
  failed: 1,
  noApp: 2,
  authRequired: 3,
  unreachable: 4,
  toolError: 5,
  strict: 6,
  ...SKILL_EXIT_CODES,
} as const;

/** The official CLI's error codes by exit code, for the JSON error envelope. */
const CODE_OF_EXIT: Record<number, string> = {
  2: "no_app",
  3: "auth_required",
  4: "unreachable",
  5: "tool_error",
  6: "schema_unportable",
  7: "skills_nonconformant",
  8: "skills_incomplete",
  9: "skills_unverifiable",
};

/** A failed run, as the official CLI reports it: the exit code and the envelope's fields. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * A failure: with --format json the official envelope `{"error": {code, message, …}}`, one line on
 * stderr (scripts parse it there); otherwise one line for a person. Strings from the server are
 * escaped either way.
 */
export function reportFailure(f: CliFailure, a: Pick<CliArgs, "format">, io: Io): number {
  if (a.format === "json")
    io.err(
      inertJson(
        JSON.stringify({ error: { code: CODE_OF_EXIT[f.exitCode] ?? "error", message: f.message, exitCode: f.exitCode, ...f.extra } }),
      ),
    );
  else io.err(`inspector: ${visible(f.message)}`);
  return f.exitCode;
}

/** Where the result went when --output wrote it. */
export interface Written {
  path: string;
  format: "json" | "raw";
  bytes: number;
}

/**
 * The result: with --output, the file (json: the whole result, pretty; raw: its text, or the
 * decoded bytes of its one binary block); else stdout, pretty (text) or the official envelope
 * `{"result": …}` (json) with what else the run found (`extra`: appInfo, schemaFindings).
 */
export function emitResult(a: CliArgs, result: unknown, io: Io, extra: Record<string, unknown> = {}): void {
  const written = a.output ? writeResult(a, result) : undefined;
  if (a.format === "json") io.out(inertJson(JSON.stringify({ ...(written ? { output: written } : { result }), ...extra })));
  else if (written) {
    if (!a.quiet) io.err(`inspector: wrote ${written.bytes} bytes (${written.format}) to ${written.path}`);
  } else io.out(inertJson(JSON.stringify(result, null, 2) ?? "null"));
}

function writeResult(a: CliArgs, result: unknown): Written {
  const format = a.outputFormat ?? "json";
  const data = format === "raw" ? rawOf(result, a.method!) : JSON.stringify(result, null, 2) + "\n";
  try {
    // Through the one writer (server/own-file.ts): no link or another account's file is written through.
    // No folder is made: the official CLI's --output fails on a missing one, and scripts rely on it.
    writeOwnFile(a.output!, data, { mode: 0o644, makeFolder: false });
  } catch (e) {
    throw new CliFailure(CLI_EXIT.failed, `--output: cannot write ${a.output}: ${readFailure(e)}`);
  }
  return { path: a.output!, format, bytes: typeof data === "string" ? Buffer.byteLength(data) : data.length };
}

/** The raw form of a tools/call or resources/read result: its text blocks joined, or its single binary block decoded. */
function rawOf(result: unknown, method: string): string | Buffer {
  const r = asRecord(result);
  const list = method === "resources/read" ? r.contents : r.content;
  const payloads = (Array.isArray(list) ? list : []).map(payloadOf).filter((p) => p !== undefined);
  const texts = payloads.flatMap((p) => ("text" in p ? [p.text] : []));
  if (texts.length) return texts.join("\n");
  const binaries = payloads.flatMap((p) => ("binary" in p ? [p.binary] : []));
  if (binaries.length === 1) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(binaries[0]))
      throw new CliFailure(
        CLI_EXIT.failed,
        `the ${method} result's binary content is not valid base64, so it has no raw form; use --output-format json`,
      );
    return Buffer.from(binaries[0], "base64");
  }
  throw new CliFailure(
    CLI_EXIT.failed,
    binaries.length === 0
      ? `the ${method} result has no text or binary content to write as raw; use --output-format json`
      : `the ${method} result has ${binaries.length} binary blocks and no text, so it has no single raw form; use --output-format json`,
  );
}

function payloadOf(block: unknown): { text: string } | { binary: string } | undefined {
  if (!block || typeof block !== "object" || Array.isArray(block)) return undefined;
  const b = block as Record<string, unknown>;
  if (b.resource && typeof b.resource === "object") return payloadOf(b.resource);
  if (typeof b.text === "string") return { text: b.text };
  if (typeof b.data === "string") return { binary: b.data };
  if (typeof b.blob === "string") return { binary: b.blob };
  return undefined;
}

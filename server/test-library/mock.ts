import path from "node:path";
import { loadSessionFile } from "../record/session-loader";
import { ignoreMatchers } from "../mock/match";
import { scriptOf, unplayable } from "../mock/script";
import { MockSession } from "../mock/session";
import { serveHttp } from "../mock/http";
import { Tally } from "../mock/tally";
import { ROOT } from "../paths";
import { McpHarnessError } from "./errors";
import type { MockServer } from "./types";

/**
 * A recording played as a server (`inspector mock`), for testing an MCP client: its Streamable
 * HTTP URL on loopback, and the command that plays it over stdio. Requests are matched to the
 * recorded ones (`ignore` paths left out); close() stops it.
 */
export async function mock(sessionFile: string, options: { ignore?: string[] } = {}): Promise<MockServer> {
  const call = `mock(${JSON.stringify(sessionFile)})`;
  const loaded = loadSessionFile(sessionFile);
  if (!loaded.ok) throw new McpHarnessError("usage", call, loaded.message);
  const script = scriptOf(loaded.session);
  const why = unplayable(script);
  if (why) throw new McpHarnessError("usage", call, why);
  const tally = new Tally(script);
  const opts = { ignore: ignoreMatchers(options.ignore), answerTimeoutMs: 60_000 };
  const http = await serveHttp(0, () => new MockSession(script, tally, opts), script.era === "modern");
  const close = () => http.close();
  return {
    url: http.url,
    command: {
      command: process.execPath,
      args: [
        path.join(ROOT, "bin/inspector.mjs"),
        "mock",
        path.resolve(sessionFile),
        ...(options.ignore ?? []).flatMap((p) => ["--ignore", p]),
      ],
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

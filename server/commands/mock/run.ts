import type { Readable } from "node:stream";
import type { Io } from "../command";
import { loadSessionFile } from "../../record/session-loader";
import { ignoreMatchers } from "../../mock/match";
import { scriptOf, unplayable } from "../../mock/script";
import { MockSession } from "../../mock/session";
import { serveStdio } from "../../mock/stdio";
import { serveHttp } from "../../mock/http";
import { Tally } from "../../mock/tally";
import { visible } from "../../../lib/text/visible";

export interface MockOptions {
  /** The recording to play (a .mcp-session.json). */
  sessionFile: string;
  /** Serve Streamable HTTP on 127.0.0.1 at this port (0: any free port) instead of stdio. */
  port?: number;
  /** Paths left out when matching requests (`$.params.arguments.x`) and client answers (`$.result.x`). */
  ignore?: readonly string[];
  /** Exit 1 when a request matched no recording or a client answered a played request differently. */
  strict?: boolean;
  /** How long a played server request (sampling, elicitation, roots) waits for the client's answer. */
  answerTimeoutMs?: number;
  /** Stop serving (SIGTERM, SIGINT): the summary is printed and the promise resolves. */
  signal?: AbortSignal;
  /** Told the URL once the HTTP server listens (it is also printed on stderr). */
  onListening?: (url: string) => void;
}

/** The CLI's io, plus the stdin the stdio mode reads (process.stdin by default). */
export interface MockIo extends Io {
  stdin?: Readable;
}

/**
 * `inspector mock FILE`: the recording plays the server. Stdio by default (JSON-RPC lines on
 * stdin/stdout, nothing else on stdout), Streamable HTTP with a port. Resolves when the client
 * goes (stdin ends) or the signal aborts, after the summary on stderr: 0, or 1 under `strict`
 * when anything did not match; 2 when the file cannot be played or the port cannot be had.
 */
export async function runMock(opts: MockOptions, io: MockIo): Promise<number> {
  const loaded = loadSessionFile(opts.sessionFile);
  if (!loaded.ok) return (io.err(`inspector: ${loaded.message}`), 2);
  if (loaded.note) io.err(`inspector: ${loaded.note}`);
  const script = scriptOf(loaded.session);
  const why = unplayable(script);
  if (why) return (io.err(`inspector: ${visible(opts.sessionFile)}: ${why}`), 2);
  const tally = new Tally(script);
  const sessionOpts = { ignore: ignoreMatchers(opts.ignore), answerTimeoutMs: opts.answerTimeoutMs ?? 60_000 };
  const newSession = () => new MockSession(script, tally, sessionOpts);
  const requests = script.exchanges.filter((x) => !x.notification).length;
  if (opts.port === undefined) {
    io.err(`inspector mock: playing ${visible(opts.sessionFile)} on stdio (${requests} recorded requests)`);
    await serveStdio(newSession(), io.stdin ?? process.stdin, io.out, opts.signal);
  } else {
    let http;
    try {
      http = await serveHttp(opts.port, newSession, script.era === "modern");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      io.err(
        `inspector: ${code === "EADDRINUSE" ? `port ${opts.port} is in use: pass --port N, or --port 0 for any free port` : `cannot listen on 127.0.0.1:${opts.port}: ${(e as Error).message}`}`,
      );
      return 2;
    }
    io.err(`inspector mock: playing ${visible(opts.sessionFile)} at ${http.url} (${requests} recorded requests)`);
    opts.onListening?.(http.url);
    await new Promise<void>((resolve) => {
      if (opts.signal?.aborted) return resolve();
      opts.signal?.addEventListener("abort", () => resolve(), { once: true });
    });
    await http.close();
  }
  io.err(tally.format());
  return opts.strict && tally.failed() ? 1 : 0;
}

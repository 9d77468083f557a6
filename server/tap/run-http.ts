import { RecordStore } from "../record/store";
import type { Target } from "../../lib/target/target";
import { TapRecorder } from "./recorder";
import { saveTapSession } from "./session";
import { startHttpTap } from "./http-tap";
import { stdioToHttp, type TapOAuth } from "./stdio-to-http";
import { openTapPage, type TapPageRequest } from "./open-page";

export interface HttpTapRun {
  url: string;
  /** Serve the host Streamable HTTP on this port; stdio to the host when absent. */
  listen?: number;
  bearer?: string;
  /** Over stdio without a bearer: the OAuth login's callback and opener (stdio-to-http.ts). */
  oauth?: TapOAuth;
  saveSession?: string;
  env: NodeJS.ProcessEnv;
  /** Our own words (stderr: the host's log). */
  say(text: string): void;
  /** The live page (--port); absent: none. No restart from it: the tap owns no remote server's process. */
  page?: TapPageRequest;
}

/** `tap --server-url URL [--listen PORT]`: forward until the host goes (stdio) or a signal comes (HTTP); then save. */
export async function runHttpTap(o: HttpTapRun): Promise<number> {
  const record = new RecordStore();
  const recorder = new TapRecorder(record);
  const say = (t: string) => o.say(`mcp-inspector-harness tap: ${t}`);
  // The session file names the URL only: the token is no part of the target (headers stay out).
  const target: Target = { transport: "http", url: o.url, headers: {} };
  let code: number;
  // The token is a secret of a saved session as the host's environment is (it may be echoed back).
  const secretsEnv = { ...o.env, ...(o.bearer ? { TAP_BEARER: o.bearer } : {}) };
  // Forwarding starts first; the page (its modules, its port) after, never in its way.
  const pageFor = () =>
    o.page
      ? openTapPage(o.page, { record, recorder, target, server: o.url, env: secretsEnv, saveSession: o.saveSession, warn: say })
      : Promise.resolve(undefined);
  let opened: Awaited<ReturnType<typeof pageFor>>;
  if (o.listen !== undefined) {
    const tap = await startHttpTap({ url: o.url, port: o.listen, bearer: o.bearer, recorder });
    opened = await pageFor();
    if (opened?.page) o.page?.onPage?.(opened.page);
    say(`forwarding ${tap.url} to ${o.url}${opened ? `; ${opened.line}` : ""}`);
    await new Promise<void>((r) => {
      process.once("SIGINT", () => r());
      process.once("SIGTERM", () => r());
    });
    await tap.close();
    recorder.end();
    code = 0;
  } else {
    const forwarding = stdioToHttp({
      url: o.url,
      bearer: o.bearer,
      oauth: o.oauth,
      host: { input: process.stdin, output: process.stdout, log: process.stderr },
      recorder,
    });
    opened = await pageFor();
    if (opened?.page) o.page?.onPage?.(opened.page);
    say(`forwarding stdio to ${o.url}${opened ? `; ${opened.line}` : ""}`);
    code = await forwarding;
  }
  opened?.session.end();
  if (o.saveSession) {
    saveTapSession(o.saveSession, record, recorder, target, secretsEnv);
    say(`session saved to ${o.saveSession}`);
  }
  await opened?.page?.close();
  return code;
}

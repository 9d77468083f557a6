import { RecordStore } from "../record/store";
import type { Target } from "../../lib/target/target";
import { TapRecorder } from "./recorder";
import { saveTapSession } from "./session";
import { startHttpTap } from "./http-tap";
import { stdioToHttp, type TapOAuth } from "./stdio-to-http";

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
}

/** `tap --server-url URL [--listen PORT]`: forward until the host goes (stdio) or a signal comes (HTTP); then save. */
export async function runHttpTap(o: HttpTapRun): Promise<number> {
  const record = new RecordStore();
  const recorder = new TapRecorder(record);
  const say = (t: string) => o.say(`mcp-inspector-harness tap: ${t}`);
  // The session file names the URL only: the token is no part of the target (headers stay out).
  const target: Target = { transport: "http", url: o.url, headers: {} };
  let code: number;
  if (o.listen !== undefined) {
    const tap = await startHttpTap({ url: o.url, port: o.listen, bearer: o.bearer, recorder });
    say(`forwarding ${tap.url} to ${o.url}`);
    await new Promise<void>((r) => {
      process.once("SIGINT", () => r());
      process.once("SIGTERM", () => r());
    });
    await tap.close();
    recorder.end();
    code = 0;
  } else {
    say(`forwarding stdio to ${o.url}`);
    code = await stdioToHttp({
      url: o.url,
      bearer: o.bearer,
      oauth: o.oauth,
      host: { input: process.stdin, output: process.stdout, log: process.stderr },
      recorder,
    });
  }
  if (o.saveSession) {
    saveTapSession(o.saveSession, record, recorder, target, { ...o.env, ...(o.bearer ? { TAP_BEARER: o.bearer } : {}) });
    say(`session saved to ${o.saveSession}`);
  }
  return code;
}

import type { CommonArgs } from "../command";

/** `inspector tap`'s parsed command line. */
export interface TapArgs extends CommonArgs {
  /** The server's command (stdio); with --server-url and --listen, the HTTP server the tap starts and restarts. */
  command?: string;
  args: string[];
  saveSession?: string;
  /** --html FILE: the host's session as a page file, when the host disconnects. */
  html?: string;
  watch: string[];
  /** --restart-timeout MS: how long a restarted server gets to answer the host's initialize (stdio), or to answer again (--server-url). */
  restartTimeout?: number;
  serverUrl?: string;
  /** Serve Streamable HTTP to the host on 127.0.0.1 at this port; stdio to the host when absent. */
  listen?: number;
  /** The variable holding the bearer token for --server-url (its name, never its value). */
  bearerEnv?: string;
  /** The live page's port (0: any free one, the default); absent with --no-page. */
  port?: number;
  noPage?: boolean;
  /** --no-hub: a page of its own, not shared with this user's other taps. */
  noHub?: boolean;
  /** --callback-url: where the OAuth login comes back (loopback; default a free port). */
  callbackUrl?: string;
  /** --print-config HOST NAME: the entry to paste into a host's configuration. */
  printConfig?: { host: string; name: string };
}

/**
 * The live page a tap serves: --port (default 0, any free port: a host runs many taps at once),
 * shared with this user's other taps unless --no-hub; none with --no-page.
 */
export function pageOf(a: TapArgs): { port: number; hub: boolean } | undefined {
  return a.noPage ? undefined : { port: a.port ?? 0, hub: !a.noHub };
}

import type { CommonArgs } from "../command";

/** `inspector tap`'s parsed command line. */
export interface TapArgs extends CommonArgs {
  command?: string;
  args: string[];
  saveSession?: string;
  watch: string[];
  serverUrl?: string;
  /** Serve Streamable HTTP to the host on 127.0.0.1 at this port; stdio to the host when absent. */
  listen?: number;
  /** The variable holding the bearer token for --server-url (its name, never its value). */
  bearerEnv?: string;
  /** --callback-url: where the OAuth login comes back (loopback; default a free port). */
  callbackUrl?: string;
  /** --print-config HOST NAME: the entry to paste into a host's configuration. */
  printConfig?: { host: string; name: string };
}

// The fixture authorization server and MCP server (test/fixtures/oauth-as.mjs), typed. A .mjs
// fixture (so it can run as a process too), loaded by URL: its type is declared here, once.

export interface OAuthFixtureLogLine {
  side: "as" | "mcp";
  method: string;
  path: string;
  query?: string;
  headers: Record<string, string>;
  body: string;
}

export interface OAuthFixture {
  /** The MCP server's URL (Streamable HTTP). */
  url: string;
  /** The authorization server's origin (the IdP's endpoints too, in cross-app mode). */
  asOrigin: string;
  log: OAuthFixtureLogLine[];
  /** JWT client assertions it received (private_key_jwt), decoded. */
  assertions: Array<{ header: Record<string, unknown>; claims: Record<string, unknown> }>;
  /** Tokens it issued. */
  issued: string[];
  close(): Promise<void>;
}

export type OAuthFixtureOptions = Record<string, unknown>;

const FIXTURE = new URL("../fixtures/oauth-as.mjs", import.meta.url).href;

export async function startOAuthFixture(options: OAuthFixtureOptions): Promise<OAuthFixture> {
  return ((await import(FIXTURE)) as { startOAuthFixture(o: OAuthFixtureOptions): Promise<OAuthFixture> }).startOAuthFixture(options);
}

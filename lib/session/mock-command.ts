/** The port the mock command's HTTP variant suggests: next to the inspector's own 6274, free of it. */
export const MOCK_HTTP_PORT = 6277;

/** A file name as one shell word: bare when it is plain, else single-quoted (POSIX shells). */
export function shellWord(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The commands that serve a saved recording as a mock server (`inspector mock`): over stdio, for
 * a client that spawns its server, and over Streamable HTTP at http://127.0.0.1:PORT/mcp.
 */
export function mockCommands(fileName: string, port = MOCK_HTTP_PORT): { stdio: string; http: string; url: string } {
  const stdio = `npx mcp-inspector-harness mock ${shellWord(fileName)}`;
  return { stdio, http: `${stdio} --port ${port}`, url: `http://127.0.0.1:${port}/mcp` };
}

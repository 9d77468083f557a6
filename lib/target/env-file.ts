/**
 * A host's `envFile` (VS Code, Cursor): dotenv's `KEY=VALUE` lines, an optional `export `, one
 * pair of matching quotes removed, `#` comments and blank lines skipped. A line that is not a
 * pair is skipped as dotenv skips it (the host starts the server all the same).
 */
export function readEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(raw);
    if (!m || raw.trim().startsWith("#")) continue;
    const value = m[2].trim();
    const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
    out[m[1]] = quoted ? value.slice(1, -1) : value.replace(/\s+#.*$/, "");
  }
  return out;
}

/**
 * A host's `envFile` (VS Code, Cursor): dotenv's `KEY=VALUE` lines, an optional `export `, one
 * pair of matching quotes removed, `#` comments and blank lines skipped. A line that is not a
 * pair is skipped as dotenv skips it (the host starts the server all the same).
 */
export declare function readEnvFile(text: string): Record<string, string>;

/** An input schema at least this long (JSON characters) is validated when the form is sent, not at each change. */
export const BIG_SCHEMA = 256 * 1024;

/**
 * Whether a schema is too big to validate live: Ajv compiles a validator the first time a schema
 * is checked, and for a 2 MB schema 30 objects deep that compile was a 5 s task (issue 91 item 4,
 * bench figure 4s, profiled); live, it ran as the form appeared.
 */
export function isBigSchema(schema: unknown): boolean {
  try {
    return (JSON.stringify(schema)?.length ?? 0) >= BIG_SCHEMA;
  } catch {
    return false;
  }
}

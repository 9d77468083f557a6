/**
 * The words every command uses for what went wrong before anything ran: a usage error (the
 * command line itself) and a file that cannot be read. One place, so a file is "not found"
 * the same way for --config, --sampling, --env-file, --open and a session file.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Why a file could not be read, in words: "no such file" for ENOENT, the system's message otherwise. */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (e as Error).message;
}

/** "WHAT: cannot read FILE: WHY", the one form of a read failure. */
export function cannotRead(what: string, file: string, e: unknown): string {
  return `${what}: cannot read ${file}: ${readFailure(e)}`;
}

/**
 * Why a file could not be read, in words: "no such file" for ENOENT, the system's message
 * otherwise. Here, beside read-bounded.ts, because the commands, the test library and the agent
 * server all say it the same way and none of them may import another for it.
 */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder, not a file";
  if (code === "EACCES") return "permission denied";
  return (e as Error).message;
}

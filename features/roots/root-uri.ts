/**
 * What the roots editor makes of what a person typed, as `--root` does (server/commands/values.ts
 * `rootUri`): a URI stays a URI, a path becomes a file:// URI. The page runs in a browser, so
 * path handling is POSIX-style here, and a relative path needs the directory it starts from
 * (`--root` uses the inspector's working directory; the backend tells the page in its welcome):
 * without a base it is refused, saying why, rather than guessed.
 */
export type RootInput = { ok: true; uri: string } | { ok: false; message: string };

const WITH_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/** The root URI for `input` (trimmed); `base` is an absolute directory that relative paths are resolved against. */
export function rootUriOf(input: string, base?: string): RootInput {
  const v = input.trim();
  if (!v) return { ok: false, message: "empty" };
  if (WINDOWS_DRIVE.test(v)) return { ok: true, uri: fileUri(`/${v.replace(/\\/g, "/")}`) };
  if (WITH_AUTHORITY.test(v)) {
    try {
      return { ok: true, uri: new URL(v).href };
    } catch {
      return { ok: false, message: `"${v}" is not a valid URI` };
    }
  }
  // Another scheme without "//" (urn:…, say): a URI as the person wrote it.
  if (SCHEME.test(v)) return { ok: true, uri: v };
  if (v.startsWith("/")) return { ok: true, uri: fileUri(v) };
  if (v === "~" || v.startsWith("~/")) return { ok: false, message: "~ is the shell's: write the whole path (/home/…)" };
  if (base?.startsWith("/")) return { ok: true, uri: fileUri(`${base}/${v}`) };
  return {
    ok: false,
    message: "a root URI needs a scheme (file://…) or a whole path (/…): the page does not know the directory a relative path starts from",
  };
}

/**
 * An absolute POSIX path as a file:// URI, as `pathToFileURL(path.resolve(p))`: "." and ".."
 * resolved, no trailing slash, encoded as Node encodes it.
 */
export function fileUri(absolute: string): string {
  const parts: string[] = [];
  for (const part of absolute.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  const url = new URL("file:///");
  // The pathname setter encodes spaces, "#", "?" and the like; "%" and what else Node encodes and
  // the setter keeps go first, or "a%20b" (a file named so) would read as "a b".
  url.pathname = `/${parts.join("/")}`.replace(
    /[%\\\n\r\t[\]^|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return url.href;
}

/** The host of an http(s) URL, or undefined for anything else (javascript:, data:, file:, junk). */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.host : undefined;
  } catch {
    return undefined;
  }
}

/** Opens an http(s) URL a server sent in a new tab without opener or referrer; anything else is refused. */
export function openExternal(url: string): boolean {
  if (!hostOf(url)) return false;
  window.open(url, "_blank", "noopener,noreferrer");
  return true;
}

/** The URL an App may ask the host to open (`ui/open-link`): http(s) only, never javascript:, file:, data: or a relative path. */
export function openableUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const m = /^(https?):\/\/[^\s/?#]+/i.exec(url.trim());
  if (!m || /[\u0000-\u001f]/.test(url)) return undefined;
  // It must also be a URL (the fuzzer found "https://[" taken): what the page would hand the browser.
  try {
    new URL(url.trim());
  } catch {
    return undefined;
  }
  return url.trim();
}

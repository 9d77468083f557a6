import { visible } from "../text/visible";
import { mixedScriptWords } from "../text/mixed-script";

/** What the link confirm shows of a URL an App asks to open: the text escaped, the host it really goes to, and what looks wrong. */
export interface LinkView {
  /** The whole URL with every invisible or direction-changing character written as an escape. */
  shown: string;
  /** The host the browser will connect to, as DNS sees it (punycode for a non-ASCII name). */
  host: string;
  /** The host as written, when it is not plain ASCII (so differs from `host`). */
  writtenHost?: string;
  /** Reasons to look twice, one sentence each. */
  warnings: string[];
}

/**
 * The link confirm's view of `url` (already an http(s) URL, lib/apps/open-link.ts). The host is
 * the URL parser's, never the text before the first `/`: in `https://127.0.0.1:7500@evil.example/`
 * the part before `@` is a user name, and the browser goes to evil.example.
 */
export function linkViewOf(url: string): LinkView {
  const warnings: string[] = [];
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    return { shown: visible(url), host: "", warnings: ["The URL does not parse: it will not open."] };
  }
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(url)?.[1] ?? "";
  const at = authority.lastIndexOf("@");
  const writtenHost = (at >= 0 ? authority.slice(at + 1) : authority).replace(/:\d*$/, "").toLowerCase();
  if (at >= 0)
    warnings.push(
      `The URL has a user name before "@" (${visible(authority.slice(0, at))}): it does not go there, it goes to ${parsed.hostname}.`,
    );
  if (url !== visible(url)) warnings.push("The URL holds invisible or direction-changing characters, shown here as \\u{…} escapes.");
  // One rule for look-alikes everywhere (lib/text/mixed-script.ts): the Reproduce confirm uses it too.
  const mixed = mixedScriptWords(writtenHost);
  if (mixed.length)
    warnings.push(
      `The host mixes scripts (${mixed.map((m) => `${m.shown}: ${m.scripts.join(" + ")}`).join("; ")}): a look-alike of another name.`,
    );
  else if (/[^\x00-\x7f]/.test(writtenHost)) warnings.push(`The host is written with non-ASCII letters; DNS sees ${parsed.hostname}.`);
  return {
    shown: visible(url),
    host: parsed.hostname,
    ...(writtenHost !== parsed.hostname ? { writtenHost: visible(writtenHost) } : {}),
    warnings,
  };
}

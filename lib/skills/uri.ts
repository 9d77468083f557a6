// A skill is addressed by the URI of its SKILL.md; its files live under the same root. URIs are
// compared after normalization (percent-escapes of unreserved characters decoded, the rest
// upper-cased), so `skill://a/%7Ex` and `skill://a/~x` name the same file.

export const SKILL_FILE_SUFFIX = "/SKILL.md";

/** The URI in canonical form, or undefined when it is not a hierarchical URI with an absolute path. */
export function normalizeSkillUri(uri: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return undefined;
  }
  const pathlessRoot = parsed.pathname === "" && parsed.hostname !== "";
  if (!pathlessRoot && !parsed.pathname.startsWith("/")) return undefined;
  return parsed.toString().replace(/%[0-9a-fA-F]{2}/g, (escape: string) => {
    const char = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
  });
}

/** What two URIs are compared by: the normalized form, or the URI as is when it does not parse. */
export function skillUriIdentity(uri: string): string {
  return normalizeSkillUri(uri) ?? uri;
}

/** The path segment before `/SKILL.md` (which must equal the skill's name), or undefined. */
export function skillNameFromUri(uri: string): string | undefined {
  const normalized = normalizeSkillUri(uri);
  if (normalized === undefined || !normalized.endsWith(SKILL_FILE_SUFFIX)) return undefined;
  const dir = normalized.slice(0, -SKILL_FILE_SUFFIX.length);
  const segment = dir.slice(dir.lastIndexOf("/") + 1);
  return segment.length > 0 ? segment : undefined;
}

/** The skill's root (`…/name/`) every manifest entry must lie under, or undefined for a malformed URI. */
export function skillRoot(uri: string): string | undefined {
  const normalized = normalizeSkillUri(uri);
  return normalized?.endsWith(SKILL_FILE_SUFFIX) ? normalized.slice(0, -SKILL_FILE_SUFFIX.length + 1) : undefined;
}

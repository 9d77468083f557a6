/**
 * Which names (object keys, URL parameters, NAME=value, command-line flags) say that their value
 * is a secret, and how such a name may appear in a redaction label without carrying secret
 * material itself.
 */

/** Words that name a secret wherever they appear in a name ("OPENAI_API_KEY", "accessToken"). */
const SECRET_INSIDE = /key|token|secret|passw(?:or)?d|passphrase|credential|authorization|cookie|signature/i;
/** Words too short or too common to match inside others ("bypass", "author", "design", "path"): whole words only. */
const SECRET_WORDS = new Set(["pass", "pwd", "auth", "sig", "sessionid", "pat"]);
const MAYBE_WORD = /pass|pwd|auth|sig|session|code|pat/i;
/** In a URL also `code`, an OAuth authorization code; not as a field, where "code" holds source code. */
const PARAM_WORDS = new Set([...SECRET_WORDS, "code"]);

/** The words of a name: split at separators and lower-to-upper case changes, lower-cased. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a field, flag or NAME=value name says its value is a secret; `param` adds URL-only names (`code`). */
export function secretNamed(name: string, where: "field" | "param" = "field"): boolean {
  if (SECRET_INSIDE.test(name)) return true;
  // Most names hold none of the whole words: answer without splitting them.
  if (!MAYBE_WORD.test(name)) return false;
  const whole = where === "param" ? PARAM_WORDS : SECRET_WORDS;
  const words = wordsOf(name);
  return words.some((w, i) => whole.has(w) || (w === "session" && words[i + 1] === "id"));
}

/**
 * Words a label may repeat from a name: the secret words and their usual companions. Anything
 * else in a name (a random suffix, a URL, a token used as a key) becomes "…" in the label.
 */
const LABEL_WORDS = new Set(
  (
    "api key keys apikey token tokens secret secrets password passwd pwd pass passphrase auth authorization authentication " +
    "bearer cookie cookies session sessionid id signature sig credential credentials access refresh client private public " +
    "pat app application user username admin master root db database service account oauth jwt csrf xsrf x mcp github gitlab " +
    "openai anthropic aws stripe slack npm hf google azure encryption signing webhook bot set header value old new my " +
    "accesstoken refreshtoken authtoken apitoken idtoken secretkey privatekey clientsecret clientid"
  ).split(" "),
);

/** A name as a label may show it: whole words from LABEL_WORDS and separators, the rest "…". */
export function labelName(name: string): string {
  if (name.length > 64 || !/^[A-Za-z0-9_.-]+$/.test(name)) return "…";
  const parts = name.split(/([_.-]+|(?<=[a-z0-9])(?=[A-Z]))/).filter(Boolean);
  const shown = parts.map((p) => (/^[_.-]+$/.test(p) || LABEL_WORDS.has(p.toLowerCase()) ? p : "…")).join("");
  return shown.replace(/…(?:[_.-]*…)+/g, "…");
}

/** The label of a value redacted because of its key: `field "apiKey"`, `field "…_API_KEY"`, never the key's other characters. */
export function fieldLabel(key: string): string {
  const shown = labelName(key);
  return shown === "…" ? "secret-named field" : `field "${shown}"`;
}

/** The label of a value redacted because of the flag before it: `value of --api-key`. */
export function flagLabel(flag: string): string {
  const m = /^(--?)(.*)$/.exec(flag)!;
  const shown = labelName(m[2]);
  return shown === "…" ? "value of a secret-named flag" : `value of ${m[1]}${shown}`;
}

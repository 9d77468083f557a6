/**
 * Which names (object keys, URL parameters, NAME=value, command-line flags) say that their value
 * is a secret, and how such a name may appear in a redaction label without carrying secret
 * material itself.
 */

/**
 * The one rule for which names hold a secret (docs/session-format.md, "What counts as a secret"):
 * recordings, share links, the agent's answers and the OAuth flow's reports all ask it.
 */

/** Words that name a secret wherever they appear in a name ("OPENAI_API_KEY", "accessToken"). */
const SECRET_INSIDE = /key|token|secret|passw(?:or)?d|passphrase|credential|authorization|cookie|signature/i;
/** Words too short or too common to match inside others ("bypass", "author", "design", "path"): whole words only. */
const SECRET_WORDS = new Set(["pass", "pwd", "auth", "sig", "sessionid", "pat", "verifier"]);
const MAYBE_WORD = /pass|pwd|auth|sig|session|code|pat|verifier|assertion/i;
/**
 * A text holds a name secretNamed() accepts only when it matches this (or holds one of
 * OAUTH_SECRET_PARAMS, for a URL's parameters): a quick test that lets the patterns that look
 * for secret-named fields skip a text (secret-patterns.ts). secretNamed() answers false for a name
 * that matches neither SECRET_INSIDE nor MAYBE_WORD, so this is those two together.
 */
export const SECRET_NAME_HINT = new RegExp(`${SECRET_INSIDE.source}|${MAYBE_WORD.source}`, "i");
/** In a URL also `code`, an OAuth authorization code, and `assertion`; not as a field, where "code" holds source code. */
const PARAM_WORDS = new Set([...SECRET_WORDS, "code", "assertion"]);

/**
 * The OAuth parameters whose values are secrets (RFC 6749, 7636, 7591, 7521, 8693), in form
 * bodies, JSON bodies and query strings: server/auth/mask.ts masks exactly these in what the flow
 * reports. Each is secret by secretNamed(name, "param") too (test/session/secret-rule.test.ts).
 */
export const OAUTH_SECRET_PARAMS: ReadonlySet<string> = new Set([
  "access_token",
  "refresh_token",
  "id_token",
  "client_secret",
  "code",
  "code_verifier",
  "registration_access_token",
  "assertion",
  "client_assertion",
  "subject_token",
  "actor_token",
  "password",
  "token",
]);

/**
 * Names that look secret but hold structure (issue 64 point 2): the working directory (`PWD`,
 * `OLDPWD`, `pwd`), token counts (`max_tokens`, `maxTokens`, `input_tokens`, `token_count`,
 * `tokens`), and what describes a secret without being one (`token_type`, `token_endpoint`,
 * `jwks_uri`, `key_path`, `keyword`). A value under such a name is compared, never redacted by its
 * name (a secret value in it is still found by its value or its shape).
 */
const WORKING_DIR = new Set(["pwd", "oldpwd"]);
/** Words that, with "token" or "tokens", make a count: "max_tokens", "tokenCount", "input_tokens". */
const COUNT_WORDS = new Set(
  "max min input output prompt completion total num number cached cache reasoning count counts limit limits usage budget used remaining estimated per".split(
    " ",
  ),
);
/** A last word that says the value describes a secret, not holds one: "token_endpoint", "api_key_name". */
const DESCRIBING_LAST = new Set(
  "endpoint endpoints uri uris url urls type types method methods hint alg algorithm algorithms scheme format name names path file dir length size count limit env var header expiry ttl error errors".split(
    " ",
  ),
);
/** Words that merely contain a secret word: "keyword", "keyboard", "tokenizer". */
const LOOKALIKE_WORDS = new Set(
  "keyword keywords keyboard keystroke keystrokes keypress hotkey hotkeys monkey tokenizer tokenize tokenized".split(" "),
);
/** Words that keep a name secret whatever follows: "access_token_count" is still a token's neighbour. */
const STRONG_WORDS = new Set(
  "secret secrets password passwd passphrase credential credentials access refresh bearer cookie apikey private".split(" "),
);

/** True when a name that looks secret holds structure (see above). */
export function structuralName(name: string): boolean {
  const words = wordsOf(name);
  if (words.length === 0) return false;
  if (words.length === 1 && WORKING_DIR.has(words[0])) return true;
  if (words.some((w) => STRONG_WORDS.has(w))) return false;
  if (!words.some((w) => SECRET_INSIDE.test(w) && !LOOKALIKE_WORDS.has(w)))
    return words.some((w) => LOOKALIKE_WORDS.has(w)) && !words.some((w) => SECRET_WORDS.has(w));
  if (words.length > 1 && DESCRIBING_LAST.has(words[words.length - 1])) return true;
  const tokenish = words.filter((w) => w === "token" || w === "tokens");
  if (words.length === 1 && words[0] === "tokens") return true;
  const counted = words.includes("tokens") || words.some((w) => COUNT_WORDS.has(w));
  return tokenish.length > 0 && counted && words.every((w) => w === "token" || w === "tokens" || COUNT_WORDS.has(w));
}

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
  if (where === "param" && OAUTH_SECRET_PARAMS.has(name)) return true;
  // Most names (jsonrpc, method, level, text…) hold none of the words: answered without splitting them.
  if (!SECRET_NAME_HINT.test(name)) return false;
  if (structuralName(name)) return false;
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

/**
 * Variables whose value is a folder or a file: the working folders (PWD, OLDPWD, npm's INIT_CWD),
 * the home and temp folders, XDG's folders, and any name ending in DIR, PATH, HOME, ROOT, FOLDER
 * or CWD (CLAUDE_PROJECT_DIR, VIRTUAL_ENV's kin).
 */
const PATH_VARIABLE =
  /^(?:PWD|OLDPWD|INIT_CWD|HOME|USERPROFILE|HOMEPATH|TMPDIR|TMP|TEMP|APPDATA|LOCALAPPDATA|VIRTUAL_ENV|XDG_[A-Z_]+)$|(?:DIR|DIRS|PATH|HOME|ROOT|FOLDER|CWD)$/i;
/** A plain path: absolute (POSIX, Windows, or from home), in one word. */
const PLAIN_PATH = /^(?:\/|~\/|[A-Za-z]:[\\/])\S*$/;

/**
 * Is this variable a path the environment names, and so no secret (issue 72)? A recording that
 * hid the working folder could not show which folder a host offered (`roots/list` answered
 * `file://$PWD`). Asked by redactSession for the target's env (every export, share link and
 * session file) and by the tap for the host's environment: a value is kept only when its name
 * says it is a path and it reads as one.
 */
export function pathVariable(name: string, value: string): boolean {
  return PATH_VARIABLE.test(name) && PLAIN_PATH.test(value);
}

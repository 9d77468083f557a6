/**
 * Which names (object keys, URL parameters, NAME=value, command-line flags) say that their value
 * is a secret, and how such a name may appear in a redaction label without carrying secret
 * material itself.
 */
/**
 * A text holds a name secretNamed() accepts only when it matches this (or holds one of
 * OAUTH_SECRET_PARAMS, for a URL's parameters): a quick test that lets the patterns that look
 * for secret-named fields skip a text (secret-patterns.ts). secretNamed() answers false for a name
 * that matches neither SECRET_INSIDE nor MAYBE_WORD, so this is those two together.
 */
export declare const SECRET_NAME_HINT: RegExp;
/**
 * The OAuth parameters whose values are secrets (RFC 6749, 7636, 7591, 7521, 8693), in form
 * bodies, JSON bodies and query strings: server/auth/mask.ts masks exactly these in what the flow
 * reports. Each is secret by secretNamed(name, "param") too (test/session/secret-rule.test.ts).
 */
export declare const OAUTH_SECRET_PARAMS: ReadonlySet<string>;
/** True when a name that looks secret holds structure (see above). */
export declare function structuralName(name: string): boolean;
/** True when a field, flag or NAME=value name says its value is a secret; `param` adds URL-only names (`code`). */
export declare function secretNamed(name: string, where?: "field" | "param"): boolean;
/** A name as a label may show it: whole words from LABEL_WORDS and separators, the rest "…". */
export declare function labelName(name: string): string;
/** The label of a value redacted because of its key: `field "apiKey"`, `field "…_API_KEY"`, never the key's other characters. */
export declare function fieldLabel(key: string): string;
/** The label of a value redacted because of the flag before it: `value of --api-key`. */
export declare function flagLabel(flag: string): string;
/**
 * Is this variable a path the environment names, and so no secret (issue 72)? A recording that
 * hid the working folder could not show which folder a host offered (`roots/list` answered
 * `file://$PWD`). Asked by redactSession for the target's env (every export, share link and
 * session file) and by the tap for the host's environment: a value is kept only when its name
 * says it is a path and it reads as one.
 */
export declare function pathVariable(name: string, value: string): boolean;

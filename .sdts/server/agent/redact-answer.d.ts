import type { Connections } from "./connections";
/** A value the inspector knows is secret, and what to call it in the marker (never the value). */
interface Known {
    what: string;
    value: string;
}
/**
 * What the inspector knows is secret on the agent's connections: the `env` values given to a
 * stdio target, the header values given to an HTTP one (and a `Bearer` header's token alone), and
 * the values collection runs filled from the environment (`${NAME}`).
 */
export declare function knownSecrets(connections: Connections): Known[];
/**
 * An agent answer with every known secret taken out (issue 62 point 3): each value in any form a
 * text carries it (as written, JSON-escaped, percent-encoded, base64… lib/session/secret-forms.ts),
 * in strings, keys and equal numbers, replaced by `[redacted: env NAME]`; and tokens and key
 * shapes the session redaction finds by pattern (`[redacted: bearer token]`). Agent transcripts
 * are logged and shared: what the agent passed to connect never comes back in clear.
 */
export declare function redactAnswer<T>(answer: T, known: readonly Known[]): T;
export {};

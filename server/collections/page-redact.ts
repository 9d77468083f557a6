import { buildSession } from "../../lib/session/file";
import { redactSession, type RedactionHit } from "../../lib/session/redact";
import type { Target } from "../../lib/target/target";
import { secretsOf } from "../../lib/session/shared";

/** An environment variable's name: such a secret is written as `${NAME}`, which the runner fills in. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * What goes into a collection file holds no secret the share export would remove. The target's
 * own env values become `${NAME}` references (the runner reads them from its environment, so the
 * step still works in CI); everything else the share redaction finds (tokens, keys, secret-named
 * fields, header values) becomes its `[redacted: …]` marker, as in a shared session.
 */
export function redactForCollection<T>(value: T, target: Target | undefined): { value: T; hits: RedactionHit[] } {
  const secrets = secretsOf(target);
  const byRef = target?.transport === "stdio" ? Object.entries(secrets).filter(([k, v]) => ENV_NAME.test(k) && v.length >= 4) : [];
  // Longest first, so a value that contains another is replaced whole.
  byRef.sort((a, b) => b[1].length - a[1].length);
  const refs = (v: unknown): unknown => {
    if (typeof v === "string") return byRef.reduce((s, [name, secret]) => s.split(secret).join(`\${${name}}`), v);
    if (Array.isArray(v)) return v.map(refs);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, refs(x)]));
    return v;
  };
  const referenced = refs(value);
  // The share redaction works on a session: this value rides in one message entry of one.
  const session = buildSession({
    inspectorVersion: "collections",
    target: target ?? { transport: "stdio", command: "none", args: [], env: {} },
    capabilities: { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false },
    entries: [{ seq: 1, t: 0, kind: "message", dir: "client->server", message: { value: referenced }, size: 0 }],
  });
  const { session: out, hits } = redactSession(session, { secrets });
  const entry = out.entries[0];
  const redacted = entry?.kind === "message" ? (entry.message as { value: unknown }).value : referenced;
  return { value: keepRefs(referenced, redacted) as T, hits };
}

/** A string that is only a `${NAME}` reference holds no secret, even under a secret-named key (`apiKey: ${API_KEY}`): it is kept. */
function keepRefs(before: unknown, after: unknown): unknown {
  if (typeof before === "string" && /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(before)) return before;
  if (Array.isArray(before) && Array.isArray(after)) return after.map((a, i) => keepRefs(before[i], a));
  if (before && after && typeof before === "object" && typeof after === "object")
    return Object.fromEntries(Object.entries(after).map(([k, a]) => [k, keepRefs((before as Record<string, unknown>)[k], a)]));
  return after;
}

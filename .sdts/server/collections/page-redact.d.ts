import { type RedactionHit } from "../../lib/session/redact";
import type { Target } from "../../lib/target/target";
/**
 * What goes into a collection file holds no secret the share export would remove. The target's
 * own env values become `${NAME}` references (the runner reads them from its environment, so the
 * step still works in CI); everything else the share redaction finds (tokens, keys, secret-named
 * fields, header values) becomes its `[redacted: …]` marker, as in a shared session.
 */
export declare function redactForCollection<T>(value: T, target: Target | undefined): {
    value: T;
    hits: RedactionHit[];
};

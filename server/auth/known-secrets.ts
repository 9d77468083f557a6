import { AuthFlowError } from "./errors";
import { maskSecret, maskText } from "./mask";
import type { AuthEvent } from "../../lib/auth/steps";

/**
 * Shorter values are masked by their key only: masking a 4-letter secret wherever it appears
 * would mangle ordinary words of every message.
 */
const MIN_LENGTH = 6;

/**
 * The secret values one OAuth session has held (client secret, tokens, code, verifier), masked
 * wherever they appear: a server that echoes the client secret in its error_description, or a
 * token in a message, is shown masked (issue 22 item 9). Keys alone miss an echo in prose.
 */
export class KnownSecrets {
  /** Each form a value may take in text (as is, percent-encoded, form-encoded) and what it shows as. */
  private readonly forms = new Map<string, string>();

  add(...values: (string | undefined)[]): void {
    for (const v of values) {
      if (!v || v.length < MIN_LENGTH) continue;
      const shown = maskSecret(v);
      for (const form of [v, encodeURIComponent(v), encodeURIComponent(v).replace(/%20/g, "+")]) this.forms.set(form, shown);
    }
  }

  /** The text with every known value, then every key=value pattern, masked. */
  mask(text: string): string {
    let out = text;
    // Longest first: a token that contains another is masked whole.
    for (const [form, shown] of [...this.forms].sort((a, b) => b[0].length - a[0].length)) out = out.split(form).join(shown);
    return maskText(out);
  }

  /** An event with every string in it masked (the record and the page get only this). */
  maskEvent(event: AuthEvent): AuthEvent {
    return hideNonJsonTokenAnswer(deepMask(event, (s) => this.mask(s)) as AuthEvent);
  }

  /** The error as thrown, its message masked; the same class, step and spec. */
  maskError(e: unknown): unknown {
    if (!(e instanceof AuthFlowError)) return e;
    const detail = this.mask(e.detail);
    if (detail === e.detail) return e;
    const Same = e.constructor as new (step: AuthFlowError["step"], detail: string, spec?: string) => AuthFlowError;
    return new Same(e.step, detail, e.spec);
  }
}

function deepMask(value: unknown, mask: (s: string) => string): unknown {
  if (typeof value === "string") return mask(value);
  if (Array.isArray(value)) return value.map((v) => deepMask(v, mask));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMask(v, mask)]));
  return value;
}

/**
 * A token endpoint's successful answer that is not JSON may be the bare token (text/plain): no
 * key names it, so no pattern finds it. Shown as its length unless a pattern already masked it
 * (a form-encoded answer stays readable, its tokens masked).
 */
function hideNonJsonTokenAnswer(event: AuthEvent): AuthEvent {
  if (event.type !== "exchange" || (event.step !== "token" && event.step !== "refresh") || !event.response) return event;
  const { status, body } = event.response;
  if (status < 200 || status >= 300 || body.includes("••••") || /^\s*[{[]/.test(body) || body === "") return event;
  return {
    ...event,
    response: { ...event.response, body: `(not shown: ${body.length} characters that are not JSON, which may be the token itself)` },
  };
}

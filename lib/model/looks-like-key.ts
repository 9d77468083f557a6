// Apart from spec.ts, which builds zod schemas: the command line's flags check --model with this
// before anything heavy has loaded (issue 49: the launcher's front end imports no zod).

/**
 * Prefixes and shapes of provider keys (OpenAI `sk-`/`sk-proj-`, Anthropic `sk-ant-`, Groq `gsk_`,
 * xAI `xai-`, Google `AIza`), or one unbroken run of 32+ letters and digits: no model id looks
 * like that, and a key typed where a model goes would land in the shell's history and in `ps`.
 */
const KEY_LOOKING = /^(sk-|sk_|gsk_|xai-|AIza|key-)|[A-Za-z0-9]{32,}/;

/** True when `text` looks like an API key rather than a model name. */
export function looksLikeKey(text: string): boolean {
  return KEY_LOOKING.test(text.trim());
}

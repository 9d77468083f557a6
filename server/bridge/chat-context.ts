import type { ChatContext } from "../../lib/wire/chat";
import { asRecord } from "../../lib/json/shape";

/** A request to the target, as the chat needs it: the raw result (a JSON-RPC error rejects). */
export type SendRequest = (method: string, params: Record<string, unknown>) => Promise<unknown>;

/** Each context block is cut here: a 20 MB resource must not become a 20 MB prompt (and bill). */
const CONTEXT_MAX_CHARS = 50_000;

const cut = (s: string) =>
  s.length > CONTEXT_MAX_CHARS ? `${s.slice(0, CONTEXT_MAX_CHARS)}\n[… cut at ${CONTEXT_MAX_CHARS} characters]` : s;

/** The text of MCP content blocks (text as is, anything else named by its type, never its bytes). */
function blocksText(blocks: unknown[]): string {
  return blocks
    .map((b) => {
      const r = asRecord(b);
      if (typeof r.text === "string") return r.text;
      const inner = asRecord(r.resource);
      if (typeof inner.text === "string") return inner.text;
      return `[${String(r.type ?? "content")}${typeof r.mimeType === "string" ? ` ${r.mimeType}` : ""}]`;
    })
    .join("\n");
}

/** Read one resource or prompt the person added, as text for the model. */
async function readContext(send: SendRequest, c: ChatContext): Promise<string> {
  if (c.kind === "resource") {
    const r = asRecord(await send("resources/read", { uri: c.name }));
    const contents = Array.isArray(r.contents) ? r.contents : [];
    return `<resource uri=${JSON.stringify(c.name)}>\n${cut(blocksText(contents))}\n</resource>`;
  }
  const r = asRecord(await send("prompts/get", { name: c.name, ...(c.arguments ? { arguments: c.arguments } : {}) }));
  const messages = Array.isArray(r.messages) ? r.messages : [];
  const text = messages.map((m) => `${String(asRecord(m).role ?? "user")}: ${blocksText([asRecord(m).content])}`).join("\n");
  return `<prompt name=${JSON.stringify(c.name)}>\n${cut(text)}\n</prompt>`;
}

/**
 * The person's message as the model gets it: the context they added (read from the server now,
 * so the timeline shows each read), then their words. A context that cannot be read is said so.
 */
export async function withContext(send: SendRequest, text: string, context: readonly ChatContext[] = []): Promise<string> {
  if (!context.length) return text;
  const parts = await Promise.all(
    context.map((c) =>
      readContext(send, c).catch(
        (e: unknown) => `<${c.kind} name=${JSON.stringify(c.name)} error=${JSON.stringify(e instanceof Error ? e.message : String(e))} />`,
      ),
    ),
  );
  return `Context the person added from the server:\n${parts.join("\n")}\n\n${text}`;
}

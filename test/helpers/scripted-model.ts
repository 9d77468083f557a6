// The scripted model (test/fixtures/scripted-model.mjs), typed: an OpenAI-compatible
// chat-completions server on loopback that answers from a script. Use it as
// `--model openai-compatible:scripted --model-base-url <baseUrl>`, or with openModel().
// A .mjs fixture so e2e specs can run it as a process too; its type is declared here, once.

export type ScriptedToolCall = { name: string; args?: unknown; id?: string };

type TurnBase = {
  /** Used only when the last user or tool message contains this text. */
  when?: string;
  /** Never used up: answers every matching request. */
  repeat?: boolean;
  usage?: { input?: number; output?: number };
};

export type ScriptedTurn = TurnBase &
  (
    | { text: string; toolCalls?: undefined }
    | { toolCalls: ScriptedToolCall[]; text?: string }
    /** An error as a provider sends it: `{ "error": { "message" } }`; "{key}" in `error` becomes the bearer key it got. */
    | { status: number; error?: string }
    /** No answer until the client gives up (a timeout). */
    | { hang: true }
  );

export type ScriptedModelScript = { turns: ScriptedTurn[] };

export interface ScriptedRequest {
  method: string;
  path: string;
  /** As received, lower-case names (authorization included: tests assert the key went there and nowhere else). */
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (the chat completion request), or the text when it was not JSON. */
  body: { model?: string; stream?: boolean; messages: Array<{ role: string; content: unknown }>; tools?: unknown[] } & Record<
    string,
    unknown
  >;
}

export interface ScriptedModel {
  /** http://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT/v1: the --model-base-url. */
  baseUrl: string;
  requests: ScriptedRequest[];
  close(): Promise<void>;
}

/** The spec string for the scripted model. */
export const SCRIPTED_MODEL = "openai-compatible:scripted";

const FIXTURE = new URL("../fixtures/scripted-model.mjs", import.meta.url).href;

export async function startScriptedModel(script: ScriptedModelScript): Promise<ScriptedModel> {
  const mod = (await import(FIXTURE)) as { startScriptedModel(s: ScriptedModelScript): Promise<ScriptedModel> };
  return mod.startScriptedModel(script);
}

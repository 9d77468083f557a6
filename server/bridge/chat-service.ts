import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { ModelClient, ProposedCall } from "../model";
import type { KeyStore } from "../model/keys";
import { parseModelSpec, type KeyVariable } from "../../lib/model/spec";
import type { ModelEvent } from "../../lib/model/events";
import type { ChatStop, ModelFailure, ModelsInfo, SamplingAskReply } from "../../lib/wire/chat";
import type { Command } from "../../lib/wire/protocol";
import { asTools, type Tool } from "../../lib/protocol/shapes";
import { asRecord } from "../../lib/json/shape";
import { ChatTurn } from "./chat-turn";
import { withContext } from "./chat-context";
import { messagesOf } from "./chat-history";

/** The chat and "Ask the model" commands (lib/wire/chat.ts), as the bridge hands them on. */
export type ChatCommand = Extract<
  Command,
  { type: "models-info" | "model-key" | "chat-send" | "chat-decide" | "chat-stop" | "sampling-ask" }
>;

/** What the chat asks of the engine and the record. */
export type ChatEngine = Pick<Engine, "getState" | "send" | "sendToolCall">;
export type ChatRecord = Pick<RecordStore, "append" | "since">;

export interface ChatOptions {
  /** --model, in order (the first is the page's default). */
  models: readonly string[];
  /** --model-base-url, for an openai-compatible model. */
  baseUrl?: string;
  keys: KeyStore;
  /** For tests: the model's HTTP (the scripted model is reached through the real one otherwise). */
  fetch?: typeof fetch;
}

/** A model the page named that cannot be asked (not provider:model-id, or no base URL): said in parseModelSpec's words. */
class BadModel extends Error {}

/** tools/list pages read for one turn at most (a server that pages forever is cut off). */
const TOOL_PAGES_MAX = 50;
/** Model steps in one turn at most: a model that calls tools forever stops here. */
const MAX_STEPS = 12;

/**
 * The page's chat with a model over the live connection (issue 40): the model sees the server's
 * tools, its calls run through the engine (so they are in the record like any call) after the
 * person's decision, and every step is recorded as a `model` entry. Keys stay in `keys`.
 */
export class ChatService {
  private readonly turns = new Map<string, ChatTurn>();

  constructor(
    private readonly engine: ChatEngine,
    private readonly record: ChatRecord,
    private readonly opts: ChatOptions,
  ) {}

  async handle(cmd: ChatCommand): Promise<unknown> {
    switch (cmd.type) {
      case "models-info":
        return this.info();
      case "model-key":
        this.opts.keys.set(cmd.variable, cmd.key);
        return this.info();
      case "chat-send": {
        if (this.turns.get(cmd.conversation)?.done === false)
          throw new Error("this conversation has a turn in progress: decide or stop it first");
        const turn = this.startTurn(cmd);
        this.turns.set(cmd.conversation, turn);
        return turn.next();
      }
      case "chat-decide": {
        const turn = this.turns.get(cmd.conversation);
        if (!turn?.decide(cmd.callId, cmd.decision)) throw new Error(`no tool call ${cmd.callId} waits in this conversation`);
        return turn.next();
      }
      case "chat-stop":
        this.turns.get(cmd.conversation)?.stop();
        return null;
      case "sampling-ask":
        return this.askSampling(cmd.pendingId, cmd.model);
    }
  }

  info(): ModelsInfo {
    const keys = this.opts.keys;
    const held = (v: KeyVariable) => keys.has(v);
    return {
      models: [...this.opts.models],
      ...(this.opts.baseUrl ? { baseUrl: this.opts.baseUrl } : {}),
      keys: { ANTHROPIC_API_KEY: held("ANTHROPIC_API_KEY"), OPENAI_API_KEY: held("OPENAI_API_KEY"), MODEL_API_KEY: held("MODEL_API_KEY") },
    };
  }

  private note = (e: ModelEvent) => void this.record.append({ kind: "model", model: e });

  /**
   * The AI SDK and the providers load on the first chat or Ask the model, not with the bridge:
   * a person who never asks a model pays nothing for them at start-up.
   */
  private models?: typeof import("../model");
  private async loadModels(): Promise<typeof import("../model")> {
    return (this.models ??= await import("../model"));
  }

  /** Open the named model, or say in words why not (no key names the variable to set). */
  private async open(text: string): Promise<ModelClient> {
    const spec = parseModelSpec(text, this.opts.baseUrl);
    if (spec instanceof Error) throw new BadModel(spec.message);
    const { openModel } = await this.loadModels();
    return openModel(spec, { keys: this.opts.keys, onEvent: this.note, ...(this.opts.fetch ? { fetch: this.opts.fetch } : {}) });
  }

  private failure = (e: unknown): ModelFailure => {
    const masked = (s: string) => this.opts.keys.mask(s);
    if (e instanceof BadModel) return { kind: "bad-model", message: e.message };
    if (this.models && e instanceof this.models.ModelError) {
      const variable = e.kind === "no-key" ? /[A-Z_]+_API_KEY/.exec(e.message)?.[0] : undefined;
      return {
        kind: e.kind,
        message: masked(e.message),
        ...(e.status !== undefined ? { status: e.status } : {}),
        ...(variable ? { variable: variable as KeyVariable } : {}),
      };
    }
    const message = masked(e instanceof Error ? e.message : String(e));
    return { kind: /abort|stopped/i.test(message) ? "stopped" : "provider", message };
  };

  private startTurn(cmd: Extract<ChatCommand, { type: "chat-send" }>): ChatTurn {
    return new ChatTurn(async (turn) => {
      const client = await this.open(cmd.model);
      const { runToolLoop } = await this.loadModels();
      const send = async (method: string, params: Record<string, unknown>) => (await this.engine.send(method, params).outcome).result;
      const tools = await this.listTools();
      const prior = messagesOf(
        this.record.since(0).flatMap((e) => (e.kind === "model" ? [e.model] : [])),
        cmd.conversation,
      );
      const text = await withContext(send, cmd.text, cmd.context);
      this.note({
        type: "chat-user",
        conversation: cmd.conversation,
        text: cmd.text,
        ...(cmd.context?.length ? { context: cmd.context.map(({ kind, name }) => ({ kind, name })) } : {}),
      });
      const readOnly = new Set(tools.filter((t) => t.annotations?.readOnlyHint === true).map((t) => t.name));
      const out = await runToolLoop(client, {
        conversation: cmd.conversation,
        messages: [...prior, { role: "user", content: text }],
        tools,
        maxSteps: MAX_STEPS,
        abortSignal: turn.abort.signal,
        onEvent: this.note,
        decide: async (call: ProposedCall) => {
          // A call with a problem is never sent on its own: the person sees why and decides.
          if (!call.problem && cmd.approval === "auto") return "auto";
          if (!call.problem && cmd.approval === "read-only" && readOnly.has(call.name)) return "auto";
          return turn.ask({
            callId: call.id,
            name: call.name,
            args: call.args,
            ...(call.problem ? { problem: call.problem } : {}),
            readOnly: readOnly.has(call.name),
          });
        },
        callTool: async (name: string, args: unknown) => {
          const o = await this.engine.sendToolCall(name, asRecord(args), { signal: turn.abort.signal }).outcome;
          const result = o.result ?? (o.error ? { error: o.error } : undefined);
          const isError = o.error !== undefined || asRecord(o.result).isError === true;
          return { result, isError, serverMs: o.durationMs, ...(o.requestSeq !== undefined ? { requestSeq: o.requestSeq } : {}) };
        },
      });
      return { state: "done", text: out.text, finish: out.finish } satisfies ChatStop;
    }, this.failure);
  }

  /** Every page of tools/list: the model sees what the server offers now. */
  private async listTools(): Promise<Tool[]> {
    const tools: Tool[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < TOOL_PAGES_MAX; page++) {
      const r = asRecord((await this.engine.send("tools/list", cursor ? { cursor } : {}).outcome).result);
      tools.push(...asTools(r.tools));
      cursor = typeof r.nextCursor === "string" && r.nextCursor ? r.nextCursor : undefined;
      if (!cursor) break;
    }
    return tools;
  }

  /** The model's answer to a waiting sampling request, for the person to edit and send (nothing is sent here). */
  private async askSampling(pendingId: string, model: string): Promise<SamplingAskReply> {
    const pending = this.engine.getState().pending.find((p) => p.pendingId === pendingId);
    if (!pending || pending.method !== "sampling/createMessage") throw new Error(`no sampling request ${pendingId} is waiting`);
    try {
      const client = await this.open(model);
      const a = await (await this.loadModels()).answerSampling(client, pending.params);
      this.note({ type: "sampling", requestSeq: pending.seq, label: client.label, text: a.content.text, sent: false });
      return { ok: true, role: "assistant", text: a.content.text, model: a.model, ...(a.stopReason ? { stopReason: a.stopReason } : {}) };
    } catch (e) {
      return { ok: false, error: this.failure(e) };
    }
  }
}

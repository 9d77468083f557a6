import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { KeyStore } from "../model/keys";
import type { ModelsInfo } from "../../lib/wire/chat";
import type { Command } from "../../lib/wire/protocol";
/** The chat and "Ask the model" commands (lib/wire/chat.ts), as the bridge hands them on. */
export type ChatCommand = Extract<Command, {
    type: "models-info" | "model-key" | "chat-send" | "chat-decide" | "chat-stop" | "sampling-ask";
}>;
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
/**
 * The page's chat with a model over the live connection (issue 40): the model sees the server's
 * tools, its calls run through the engine (so they are in the record like any call) after the
 * person's decision, and every step is recorded as a `model` entry. Keys stay in `keys`.
 */
export declare class ChatService {
    private readonly engine;
    private readonly record;
    private readonly opts;
    private readonly turns;
    constructor(engine: ChatEngine, record: ChatRecord, opts: ChatOptions);
    handle(cmd: ChatCommand): Promise<unknown>;
    info(): ModelsInfo;
    private note;
    /**
     * The AI SDK and the providers load on the first chat or Ask the model, not with the bridge:
     * a person who never asks a model pays nothing for them at start-up.
     */
    private models?;
    private loadModels;
    /** Open the named model, or say in words why not (no key names the variable to set). */
    private open;
    private failure;
    private startTurn;
    /** Every page of tools/list: the model sees what the server offers now. */
    private listTools;
    /** The model's answer to a waiting sampling request, for the person to edit and send (nothing is sent here). */
    private askSampling;
}

import type { RequestOptions as EngineRequestOptions } from "../engine";
import type { RequestOptions } from "./types";
/**
 * A call's options as the engine takes them: its time limit (the session's by default), its
 * signal, progress as numbers. A progress token is sent only with `onProgress`, as the SDK's
 * client sends one only with `onprogress` (the page asks for progress on every tools/call; a test
 * exercises the server as a client does unless it asks): a token makes a server do more per call
 * (an in-process echo took a quarter longer, bench figure 9.2).
 */
export declare function engineOptionsOf(o: RequestOptions, requestMs: number): EngineRequestOptions;

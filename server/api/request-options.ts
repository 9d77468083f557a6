import type { RequestOptions as EngineRequestOptions } from "../engine";
import type { RequestOptions } from "./types";

/** A call's options as the engine takes them: its time limit (the session's by default), its signal, progress as numbers. */
export function engineOptionsOf(o: RequestOptions, requestMs: number): EngineRequestOptions {
  return {
    timeoutMs: o.timeout ?? requestMs,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onProgress
      ? {
          progress: true,
          onProgress: (params: Record<string, unknown>) =>
            o.onProgress!({
              progress: Number(params.progress),
              ...(typeof params.total === "number" ? { total: params.total } : {}),
              ...(typeof params.message === "string" ? { message: params.message } : {}),
            }),
        }
      : {}),
  };
}

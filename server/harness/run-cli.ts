import { Engine } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import type { LauncherArgs } from "../cli/args";
import type { Target } from "../../lib/target/target";
import { cliCall } from "./cli-call";

/** Client capabilities the headless harness offers: none it could not answer without a person. */
export const HEADLESS_CAPABILITIES = { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false };

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** `inspector --cli`: connect, one call, result JSON on stdout (exit 0) or an error on stderr (exit 1). */
export async function runCli(a: LauncherArgs, target: Target, io: Io): Promise<number> {
  const engine = new Engine(new RecordStore(), { name: "mcp-inspector-harness-cli", version: VERSION });
  try {
    const state = await engine.connect({ target, capabilities: HEADLESS_CAPABILITIES });
    if (state.status !== "connected") {
      io.err(`inspector: ${state.error?.message ?? "could not connect"}`);
      return 1;
    }
    const result = await cliCall(engine, a);
    io.out(JSON.stringify(result, null, 2));
    return 0;
  } catch (e) {
    const rpc = (e as { rpc?: { code: number; message: string; data?: unknown } }).rpc;
    io.err(rpc ? `inspector: ${a.method} failed: JSON-RPC error ${rpc.code}: ${rpc.message}${rpc.data !== undefined ? ` ${JSON.stringify(rpc.data)}` : ""}` : `inspector: ${a.method} failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await engine.close();
  }
}

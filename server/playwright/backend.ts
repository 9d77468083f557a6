import { listenInspector } from "../launcher/inspector";
import { createCore } from "../launcher/inspector-core";
import { staticPages } from "../bridge/static-pages";
import { PAGE_DIR, pageBuilt } from "../paths";
import type { Entry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import { McpHarnessError } from "../test-library/errors";
import { connectFailure } from "../test-library/failure";
import { resolveTarget } from "../test-library/target";
import type { TargetInput } from "../test-library/types";
import type { McpAppConnectOptions } from "./types";

/** The inspector's backend in this process, connected to the server under test: the page it serves renders Apps. */
export interface AppBackend {
  /** The page's URL with its token. */
  pageUrl: string;
  target: Target;
  entries(since?: number): Entry[];
  /** Calls `listener` with each entry appended from now on; returns the unsubscribe. */
  subscribe(listener: (entry: Entry) => void): () => void;
  state(): SessionState;
  close(): Promise<void>;
}

/**
 * Start the backend as `npx inspector --no-open --port 0 <target>` does (the page, its App
 * sandbox origin, the engine, the socket), on loopback, then connect the target. A target that
 * does not connect rejects with McpHarnessError (the same kinds and words as connect()).
 */
export async function startAppBackend(input: TargetInput, options: McpAppConnectOptions = {}): Promise<AppBackend> {
  const resolved = await resolveTarget(input);
  const call = `mcpApp(${resolved.label})`;
  if (!pageBuilt(PAGE_DIR))
    throw new McpHarnessError(
      "usage",
      call,
      `the page is missing from ${PAGE_DIR}: this install is incomplete (in a clone: npm run build)`,
    );
  const inspector = await listenInspector({
    port: 0,
    pages: staticPages(PAGE_DIR),
    loadCore: async () => createCore({ transports: resolved.transports }),
  });
  const running = await inspector.ready.catch(async (e: unknown) => {
    await inspector.close();
    throw e;
  });
  const t = options.timeouts ?? {};
  const state = await running.engine.connect({
    target: resolved.target,
    protocolEra: options.protocolEra ?? resolved.protocolEra ?? "auto",
    timeouts: {
      ...(t.connectMs ? { initializeMs: t.connectMs } : {}),
      ...(t.requestMs ? { requestMs: t.requestMs } : {}),
    },
    auth: { mode: "off" },
  });
  if (state.status !== "connected") {
    await inspector.close();
    throw connectFailure(call, state.error);
  }
  const { record, engine } = running;
  return {
    pageUrl: inspector.pageUrl,
    target: resolved.target,
    entries: (since = 0) => record.since(since),
    subscribe: (listener) => record.subscribe(listener),
    state: () => engine.getState(),
    close: () => inspector.close(),
  };
}

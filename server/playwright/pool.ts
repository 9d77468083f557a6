import { startAppBackend, type AppBackend } from "./backend";
import type { TargetInput } from "../test-library/types";
import type { McpAppConnectOptions, McpInspector, McpInspectorPool } from "./types";

/** The backend behind each McpInspector (its record and engine stay out of the public types). */
const backends = new WeakMap<McpInspector, AppBackend>();

export function backendOf(inspector: McpInspector): AppBackend {
  const b = backends.get(inspector);
  if (!b) throw new Error("this McpInspector was not started by the mcpApp fixture");
  return b;
}

/** A pool keyed by the server (its JSON; an in-process server object by itself) and the connect options. */
export function inspectorPool(): McpInspectorPool & { close(): Promise<void> } {
  const byJson = new Map<string, Promise<McpInspector>>();
  const byObject = new Map<object, Map<string, Promise<McpInspector>>>();
  const all: Promise<McpInspector>[] = [];
  const start = async (server: TargetInput, connect: McpAppConnectOptions) => {
    const backend = await startAppBackend(server, connect);
    const inspector: McpInspector = { pageUrl: backend.pageUrl };
    backends.set(inspector, backend);
    return inspector;
  };
  const inProcess = (server: TargetInput): object | undefined => {
    const wrapped = (server as { inProcess?: unknown }).inProcess;
    if (typeof wrapped === "object" && wrapped !== null) return wrapped;
    return typeof (server as { connect?: unknown }).connect === "function" ? server : undefined;
  };
  return {
    get(server, connect = {}) {
      const object = inProcess(server);
      const key = JSON.stringify(object ? connect : [server, connect]);
      let map = byJson;
      if (object) map = byObject.get(object) ?? byObject.set(object, new Map()).get(object)!;
      let started = map.get(key);
      if (!started) {
        started = start(server, connect);
        // A server that failed to start is tried again by the next test that asks (its error is that test's).
        started.catch(() => map.delete(key));
        map.set(key, started);
        all.push(started);
      }
      return started;
    },
    async close() {
      const started = await Promise.allSettled(all);
      await Promise.all(started.map((s) => (s.status === "fulfilled" ? backendOf(s.value).close() : undefined)));
    },
  };
}

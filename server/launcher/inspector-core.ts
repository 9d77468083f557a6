import { Engine, type TransportFactory } from "../engine";
import { RecordStore } from "../record/store";
import { Bridge } from "../bridge/ws-bridge";
import { VERSION } from "../paths";
import { RECORD_FORMAT_VERSION } from "../../lib/record/format";
import type { CollectionsStore } from "../collections/page-store";
import { AgentMark } from "../agent/agent-mark";
import type { ChatService } from "../bridge/chat-service";

/**
 * The heavy half of the backend: the record, the engine (the SDK, the lint, Ajv) and the bridge.
 * Loaded on its own (a chunk of its own in the bundle) once the HTTP server listens, so the
 * launcher prints its URL and serves the page while this half loads.
 */
export interface InspectorCore {
  engine: Engine;
  record: RecordStore;
  bridge: Bridge;
  /** The version of the record format /api/record serves (its module is heavy: it stays in this half). */
  RECORD_FORMAT_VERSION: number;
  /** Marks what a coding agent attached through `inspector mcp` sends (by: "agent" in the record). */
  agentMark?: AgentMark;
  /** The engine as the person drives it (the page, the launcher's own connect): their connects and disconnects are said to be theirs. */
  person: Engine;
}

/**
 * `transports`: how the engine reaches a target that is no process or URL (the test library's in-process server);
 * `collectionsDir`: the folder the page's Collections tab reads and writes (default `mcp-tests/` in the working directory).
 */
export function createCore(opts: {
  recordMaxBytes?: number;
  transports?: TransportFactory;
  collectionsDir?: string;
  /** --model and --model-base-url: the Chat tab's models (keys come from the environment or the page, never from here). */
  models?: readonly string[];
  modelBaseUrl?: string;
}): InspectorCore {
  const record = new RecordStore({ maxBytes: opts.recordMaxBytes });
  const agentMark = new AgentMark();
  const engine = new Engine(
    agentMark.sink(record),
    { name: "mcp-inspector-harness", version: VERSION },
    { listChangedListen: true, ...(opts.transports ? { transports: opts.transports } : {}) },
  );
  // What the page does is the person's: an agent on the same session reads who did each row.
  const person = agentMark.asPerson(engine);
  // The bridge routes; what it orchestrates (replaying into the live session) is handed to it.
  // Replay, the Collections tab (YAML, the collection runner, the lint) and the Chat tab (the
  // chat service and the key store) load at their first command, not before the target is
  // connected (issue 49): the environment is read now, as at start, so a key set later is not taken.
  const env = { ...process.env };
  let collections: Promise<CollectionsStore> | undefined;
  let chat: Promise<ChatService> | undefined;
  const bridge = new Bridge(person, record, VERSION, {
    replay: async (session, target, ignore) =>
      (await import("../replay/replay")).liveReplay({ engine: person, record })(session, target, ignore),
    collections: {
      handle: async (cmd) => {
        collections ??= import("../collections/page-service").then((m) => m.collectionsService(person, record, opts.collectionsDir, env));
        return (await collections).handle(cmd);
      },
    },
    chat: {
      handle: async (cmd) => {
        chat ??= Promise.all([import("../bridge/chat-service"), import("../model/keys")]).then(
          ([{ ChatService }, { KeyStore }]) =>
            new ChatService(person, record, { models: opts.models ?? [], baseUrl: opts.modelBaseUrl, keys: KeyStore.fromEnv(env) }),
        );
        return (await chat).handle(cmd);
      },
    },
  });
  return { engine, record, bridge, RECORD_FORMAT_VERSION, agentMark, person };
}

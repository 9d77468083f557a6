import type { TransportFactory } from "../engine";
import { Bridge } from "../bridge/ws-bridge";
import { VERSION } from "../paths";
import { RECORD_FORMAT_VERSION } from "../../lib/record/format";
import type { CollectionsStore } from "../collections/page-store";
import type { ChatService } from "../bridge/chat-service";
import { createEngineCore, type EngineCore } from "./engine-core";
import type { ConfigServers } from "../bridge/config-servers";
import { maskingEngine, maskingRecord, type StateMasker } from "../bridge/masking-engine";

/**
 * The heavy half of the backend: the record, the engine (the SDK, the lint, Ajv) and the bridge.
 * Loaded on its own (a chunk of its own in the bundle) once the HTTP server listens, so the
 * launcher prints its URL and serves the page while this half loads; the engine's part first
 * (engine-core.ts), so that a connect starts before the bridge loads.
 */
export interface InspectorCore extends EngineCore {
  bridge: Bridge;
  /** The version of the record format /api/record serves (its module is heavy: it stays in this half). */
  RECORD_FORMAT_VERSION: number;
  /** Hides a configured server's values (the page's server list) from /api/state too. */
  servers?: StateMasker;
}

/** The whole half at once (the test library's page backend). */
export function createCore(opts: CoreOptions & { recordMaxBytes?: number; transports?: TransportFactory }): InspectorCore {
  return withBridge(createEngineCore(opts), opts);
}

/** `collectionsDir`: the folder the page's Collections tab reads and writes (default `mcp-tests/` in the working directory). */
export interface CoreOptions {
  collectionsDir?: string;
  /** --model and --model-base-url: the Chat tab's models (keys come from the environment or the page, never from here). */
  models?: readonly string[];
  modelBaseUrl?: string;
  /** --config FILE: the page's server list shows its servers (absent: the host configurations found). */
  configFile?: string;
  /** --share-base: where the page's share links open. */
  shareBase?: string;
  /** A fresh one-time launch link (its path) for the page's "Open in a new tab"; absent: none is offered. */
  newTabLink?: () => string;
}

/** The bridge on an engine's half already made. */
export function withBridge(core: EngineCore, opts: CoreOptions): InspectorCore {
  const { engine, record, agentMark, person } = core;
  // The bridge routes; what it orchestrates (replaying into the live session) is handed to it.
  // Replay, the Collections tab (YAML, the collection runner, the lint) and the Chat tab (the
  // chat service and the key store) load at their first command, not before the target is
  // connected (issue 49): the environment is read now, as at start, so a key set later is not taken.
  const env = { ...process.env };
  let collections: Promise<CollectionsStore> | undefined;
  let chat: Promise<ChatService> | undefined;
  // The page's server list (issue 65): the configured servers' secrets stay here, the page sees
  // names. Its module loads at the first list; until then no configured server can be connected.
  let list: Promise<ConfigServers> | undefined;
  let loaded: ConfigServers | undefined;
  const serverList = () =>
    (list ??= import("../bridge/config-servers").then((m) => (loaded = new m.ConfigServers(person, { configFile: opts.configFile, env }))));
  const servers: StateMasker = {
    masked: (s) => (loaded ? loaded.masked(s) : s),
    unmasked: (spec) => (loaded ? loaded.unmasked(spec) : spec),
    maskedEntry: (e) => (loaded ? loaded.maskedEntry(e) : e),
  };
  const bridge = new Bridge(maskingEngine(person, servers), maskingRecord(record, servers), VERSION, {
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
    servers: { handle: async (cmd) => (await serverList()).handle(cmd) },
    shareBase: opts.shareBase,
    newTabLink: opts.newTabLink,
  });
  return { engine, record, bridge, RECORD_FORMAT_VERSION, agentMark, person, servers };
}

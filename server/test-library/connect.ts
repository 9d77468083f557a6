import { connectHeadless } from "../headless/connect";
import { VERSION } from "../paths";
import { connectFailure } from "./failure";
import { ended, track, type Recordable } from "./live-sessions";
import { answerHeldRequests, offeredFor, standingAnswersOf } from "./server-requests";
import { HarnessSession } from "./session";
import { resolveTarget } from "./target";
import type { ConnectOptions, McpSession, TargetInput } from "./types";

const CLIENT = { name: "mcp-inspector-harness", version: VERSION };
const REQUEST_MS = 30_000;

/**
 * Connect to a server under test: a command, a URL, a config file's entry or an SDK server object
 * in this process. Resolves once the handshake is done; a server that cannot be started or
 * reached rejects with McpHarnessError ("unreachable", "auth_required", "protocol_version"),
 * its last stderr lines in the message.
 */
export async function connect(target: TargetInput, options: ConnectOptions = {}): Promise<McpSession> {
  const resolved = await resolveTarget(target);
  const call = `connect(${resolved.label})`;
  const t = options.timeouts ?? {};
  const requestMs = t.requestMs ?? REQUEST_MS;
  const { engine, record, state, release } = await connectHeadless(
    options.clientInfo ?? CLIENT,
    {
      target: resolved.target,
      answers: standingAnswersOf(options.answers),
      capabilities: offeredFor(options.answers, options.capabilities),
      timeouts: { initializeMs: t.connectMs ?? 10_000, requestMs, serverRequestMs: t.serverRequestMs ?? REQUEST_MS },
      protocolEra: options.protocolEra ?? resolved.protocolEra ?? "auto",
      auth: { mode: "off", ...options.auth },
    },
    // 2026-07-28 sends list_changed only on a listen stream that asked for it: the session holds
    // one, so waitForNotification("notifications/tools/list_changed") means the same in both eras.
    { listChangedListen: true, ...(resolved.transports ? { transports: resolved.transports } : {}) },
  );
  const label = options.name ?? resolved.label;
  // A failed connect leaves its recording too: the stderr and exit are in it.
  // The handshake's last seq: a shared session's part for one test keeps it, so the recording opens and plays as a session.
  const handshakeSeq = record.lastSeq;
  const tracked: Recordable = {
    label,
    snapshot: (afterSeq) => ({
      target: resolved.target,
      state: engine.getState(),
      entries:
        afterSeq === undefined || afterSeq <= handshakeSeq
          ? record.since(0)
          : [...record.since(0).filter((e) => e.seq <= handshakeSeq), ...record.since(afterSeq)],
    }),
    lastSeq: () => record.lastSeq,
  };
  track(tracked);
  if (state.status !== "connected") {
    ended(tracked);
    const failure = connectFailure(call, state.error);
    await engine.close().catch(() => undefined);
    release();
    throw failure;
  }
  const stopAnswering = answerHeldRequests(engine, options.answers);
  const session = new HarnessSession({
    engine,
    record,
    target: resolved.target,
    state,
    requestMs,
    release: () => {
      stopAnswering();
      release();
      ended(tracked);
    },
  });
  // A test framework's hook closes what a test left open.
  tracked.close = () => session.close();
  return session;
}

import type { Entry, MessageEntry } from "../../lib/record/format";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import { asRecord, isObject } from "../../lib/json/shape";
import type { Negotiated, SessionState } from "../../lib/session/state";
import type { OfferedCapabilities, Target } from "../../lib/target/target";

/** What the host offered at initialize, in the session file's terms. */
function offeredBy(params: Record<string, unknown> | undefined): OfferedCapabilities {
  const caps = asRecord(params?.capabilities);
  const elicitation = caps.elicitation === undefined ? undefined : asRecord(caps.elicitation);
  return {
    sampling: caps.sampling !== undefined,
    elicitationForm: elicitation !== undefined && (Object.keys(elicitation).length === 0 || elicitation.form !== undefined),
    elicitationUrl: elicitation?.url !== undefined,
    roots: caps.roots !== undefined,
    tasks: caps.tasks !== undefined,
    apps: asRecord(caps.extensions)["io.modelcontextprotocol/ui"] !== undefined,
  };
}

/** A host's session as the session file states it, from the host's initialize params and the server's result. */
export function hostState(
  params: Record<string, unknown> | undefined,
  result: Record<string, unknown> | undefined,
  target: Target,
): SessionState {
  const negotiated: Negotiated | undefined =
    params && result
      ? {
          era: "legacy",
          requestedProtocolVersion: String(params.protocolVersion ?? ""),
          protocolVersion: String(result.protocolVersion ?? ""),
          serverCapabilities: asRecord(result.capabilities),
          clientCapabilities: asRecord(params.capabilities),
          serverInfo: asRecord(result.serverInfo),
          ...(typeof result.instructions === "string" ? { instructions: result.instructions } : {}),
        }
      : undefined;
  return {
    status: "disconnected",
    generation: 1,
    target,
    capabilities: offeredBy(params),
    ...(negotiated ? { negotiated } : {}),
    pending: [],
    answers: DEFAULT_ANSWERS,
  };
}

/** The host's first initialize in a record, and the result that answered it (the journal's way to the state). */
export function initializeIn(entries: readonly Entry[]): { params?: Record<string, unknown>; result?: Record<string, unknown> } {
  const messages = entries.filter((e): e is MessageEntry => e.kind === "message");
  const request = messages.find((e) => e.dir === "client->server" && asRecord(e.message).method === "initialize");
  if (!request) return {};
  const params = asRecord(asRecord(request.message).params);
  const answer = messages.find((e) => e.pair?.seq === request.seq);
  const result = answer ? asRecord(answer.message).result : undefined;
  return { params, ...(isObject(result) ? { result } : {}) };
}

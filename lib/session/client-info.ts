import { asRecord } from "../json/shape";
import type { Entry } from "../record/format";

/**
 * Who the recorded client said it was (initialize's clientInfo, or the 2026-07-28 envelope's), so
 * a replay introduces itself the same way: a server that answers by client name answers alike, and
 * `--update` does not turn the name into "…-replay" (issue 36 item 5).
 */
export function recordedClientInfo(entries: readonly Entry[]): { name: string; version: string } | undefined {
  for (const e of entries) {
    if (e.kind !== "message" || e.dir !== "client->server") continue;
    const params = asRecord(asRecord(e.message).params);
    const info = asRecord(params.clientInfo ?? asRecord(params._meta)["io.modelcontextprotocol/clientInfo"]);
    if (typeof info.name === "string" && info.name)
      return { name: info.name, version: typeof info.version === "string" ? info.version : "0" };
  }
  return undefined;
}

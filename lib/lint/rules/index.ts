import type { Family, Rule } from "../rule";
import { capabilitiesFamily } from "./capabilities";
import { jsonrpcFamily } from "./jsonrpc";
import { lifecycleFamily } from "./lifecycle";
import { loggingFamily } from "./logging";
import { paginationFamily } from "./pagination";
import { pairingFamily } from "./pairing";
import { schemaFamily } from "./schema";
import { stdioFamily } from "./stdio";
import { toolsFamily } from "./tools";

/**
 * A fresh set of families, in the order they see each message: shape first, then pairing
 * (which tells later families what a response answers), then lifecycle (which records what
 * was negotiated), tools before schema (tools claims the schema issues it reports better).
 */
export function createFamilies(): Family[] {
  return [jsonrpcFamily(), pairingFamily(), lifecycleFamily(), toolsFamily(), schemaFamily(), capabilitiesFamily(), loggingFamily(), paginationFamily(), stdioFamily()];
}

/** Every rule, in documentation order. */
export const ALL_RULES: readonly Rule[] = createFamilies().flatMap((f) => f.rules);

import type { Family, Rule } from "../rule";
import type { LintCheckers } from "../checkers";
import { capabilitiesFamily } from "./capabilities";
import { jsonrpcFamily } from "./jsonrpc";
import { lifecycleFamily } from "./lifecycle";
import { loggingFamily } from "./logging";
import { paginationFamily } from "./pagination";
import { pairingFamily } from "./pairing";
import { schemaFamily } from "./schema";
import { stdioFamily } from "./stdio";
import { toolsFamily } from "./tools";
import { portabilityFamily } from "./portability";
import { httpFamily } from "./http";
import { authFamily } from "./auth";
import { modernEraFamily } from "./modern-era";
import { modernResultsFamily } from "./modern";
import { modernHttpFamily } from "./modern-http";
import { appsFamily } from "./apps";
import { skillsFamily } from "./skills";

/**
 * A fresh set of families, in the order they see each message: pairing first (it tells the
 * others what a response answers), then shape, then the era (2026-07-28 or not, which the 2025
 * lifecycle rules need) and lifecycle (which records what was negotiated), tools before schema
 * (tools claims the schema issues it reports better). A frame whose body the record cut is seen
 * only by the families that judge envelopes.
 */
export function createFamilies(checkers: LintCheckers): Family[] {
  return [
    pairingFamily(),
    jsonrpcFamily(),
    modernEraFamily(),
    lifecycleFamily(),
    bodyReader(toolsFamily(checkers)),
    bodyReader(portabilityFamily()),
    bodyReader(schemaFamily()),
    capabilitiesFamily(),
    bodyReader(loggingFamily()),
    bodyReader(paginationFamily()),
    stdioFamily(),
    httpFamily(),
    bodyReader(modernResultsFamily()),
    modernHttpFamily(),
    authFamily(),
    bodyReader(appsFamily()),
    bodyReader(skillsFamily(checkers)),
  ];
}

const DOC_ORDER = [
  "jsonrpc",
  "schema",
  "pairing",
  "lifecycle",
  "capabilities",
  "logging",
  "tools",
  "portability",
  "pagination",
  "stdio",
  "http",
  "modern",
  "auth",
  "apps",
  "skills",
];

/** Marks a family that judges bodies (Family.readsBody). */
function bodyReader(family: Family): Family {
  family.readsBody = true;
  return family;
}

/** Families built only to be asked their rules: they lint nothing, so they call no checker. */
const NONE: LintCheckers = {
  schemaValidator: () => {
    throw new Error("ALL_RULES' families lint nothing");
  },
  checkFrontmatterMatch: () => {
    throw new Error("ALL_RULES' families lint nothing");
  },
};

/** Every rule, in documentation order (docs/lint-rules.md). */
export const ALL_RULES: readonly Rule[] = createFamilies(NONE)
  .flatMap((f) => f.rules)
  .sort((a, b) => DOC_ORDER.indexOf(a.id.split("/")[0]) - DOC_ORDER.indexOf(b.id.split("/")[0]));

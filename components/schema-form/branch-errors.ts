import type { RJSFValidationError } from "@rjsf/utils";

/** A schema path through a oneOf/anyOf branch: where the oneOf is, and which branch. */
const BRANCH = /^(.*?\/(?:oneOf|anyOf))\/(\d+)(?:\/|$)/;

/**
 * Ajv reports, for data that fits no branch of a oneOf/anyOf, the errors of every branch: a
 * circle's missing radius and also "must be equal to constant" from the square branch the
 * person did not pick. For each oneOf/anyOf, keep the errors of the branch the data is
 * closest to (no discriminator const/enum mismatch, then the fewest errors), and drop the
 * summary "must match a schema" when that branch says what is wrong.
 */
export function focusBranchErrors(errors: RJSFValidationError[]): RJSFValidationError[] {
  const byPlace = new Map<string, Map<number, RJSFValidationError[]>>();
  for (const e of errors) {
    const m = BRANCH.exec(e.schemaPath ?? "");
    if (!m) continue;
    const branches = byPlace.get(m[1]) ?? new Map<number, RJSFValidationError[]>();
    branches.set(Number(m[2]), [...(branches.get(Number(m[2])) ?? []), e]);
    byPlace.set(m[1], branches);
  }
  const chosen = new Map([...byPlace].map(([place, branches]) => [place, closestBranch(branches)]));
  return errors.filter((e) => {
    const m = BRANCH.exec(e.schemaPath ?? "");
    if (m) return chosen.get(m[1]) === Number(m[2]);
    return !((e.name === "oneOf" || e.name === "anyOf") && chosen.has(e.schemaPath ?? ""));
  });
}

function closestBranch(branches: Map<number, RJSFValidationError[]>): number {
  const ranked = [...branches].sort(([ia, a], [ib, b]) => mismatch(a) - mismatch(b) || a.length - b.length || ia - ib);
  return ranked[0][0];
}

/** 1 when a branch fails on a const or enum: its discriminator says it is not the one meant. */
function mismatch(errors: RJSFValidationError[]): number {
  return errors.some((e) => e.name === "const" || e.name === "enum") ? 1 : 0;
}

import type { BlockedLoad } from "../../lib/apps/csp-blocked";

/**
 * The Apps shown relaxed in this page session (their refused origins allowed), by `ui://` uri:
 * kept across runs and reloads of the same App until the person goes back, never stored, so a
 * new page starts from the declared CSP again.
 */
const relaxed = new Map<string, readonly BlockedLoad[]>();

export const relaxedLoadsOf = (uri: string): readonly BlockedLoad[] | undefined => relaxed.get(uri);

export function setRelaxed(uri: string, loads: readonly BlockedLoad[] | undefined): void {
  if (loads?.length) relaxed.set(uri, loads);
  else relaxed.delete(uri);
}

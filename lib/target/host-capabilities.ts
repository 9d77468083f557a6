import type { Host } from "./host-entry";

/** The client capabilities a host declares in its `initialize` that change what a server offers it. */
export interface HostCapabilities {
  roots: boolean;
  sampling: boolean;
  elicitation: boolean;
}

/**
 * What each host declared, as its own `initialize` said under the tap (`npm run interop:hosts`,
 * 2026-11-28; docs/tap.md "Hosts tried"). A server may offer a client more the more it declares:
 * the everything server lists 13 tools to a client with none of these, `get-roots-list` to one with
 * roots, its elicitation tools to one with elicitation and `trigger-sampling-request` to one with
 * sampling (issue 90 item 8: check saw 13 where these hosts saw 13 to 16). Hosts not listed here
 * were not observed: check declares only what it can answer for them.
 */
export const HOST_CAPABILITIES: Partial<Record<Host, HostCapabilities>> = {
  qwen: { roots: true, sampling: false, elicitation: false },
  opencode: { roots: true, sampling: false, elicitation: false },
  cline: { roots: false, sampling: false, elicitation: false },
  copilot: { roots: false, sampling: true, elicitation: true },
  codex: { roots: false, sampling: false, elicitation: true },
};

/** The names of the capabilities declared, in a fixed order ("roots", "sampling", "elicitation"). */
export function capabilityNames(c: HostCapabilities): string[] {
  return (["roots", "sampling", "elicitation"] as const).filter((k) => c[k]);
}

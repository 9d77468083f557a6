"use client";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { AppCsp } from "../../lib/apps/app-meta";
import { buildAppCsp } from "../../lib/apps/csp";
import { blockedLoadOf, distinctBlocked, relaxedCsp, type BlockedLoad } from "../../lib/apps/csp-blocked";
import type { AppCspViolation } from "../../lib/record/format";
import { relaxedLoadsOf, setRelaxed } from "./relaxed-csp";

/** Past this many, further refused loads of one document are not kept for the stage (Problems has each). */
const KEPT = 50;

/**
 * One App's CSP as shown: the declared one, or relaxed (the origins its document was refused
 * allowed, for this page session, after one click). `doc` names the document shown now: refused
 * loads are kept per document, so a reload starts with none. `csp` is the policy to wrap the App
 * with; `onViolation` takes each violation its frame reports.
 */
export function useCspRelax(uri: string, declared: AppCsp | undefined, fallback: string, doc: string) {
  const [relaxed, setRelaxedLoads] = useState(() => relaxedLoadsOf(uri));
  const [blocked, setBlocked] = useState<{ doc: string; loads: BlockedLoad[] }>();
  const key = `${doc}:${relaxed ? "relaxed" : "declared"}`;
  const keyRef = useRef(key);
  useLayoutEffect(() => {
    keyRef.current = key;
  }, [key]);
  const onViolation = useCallback((v: AppCspViolation) => {
    const load = blockedLoadOf(v);
    if (!load) return;
    const at = keyRef.current;
    setBlocked((b) => {
      const loads = b?.doc === at ? b.loads : [];
      return loads.length >= KEPT ? b : { doc: at, loads: [...loads, load] };
    });
  }, []);
  const relax = useCallback(
    (loads: readonly BlockedLoad[]) => {
      const all = distinctBlocked([...(relaxed ?? []), ...loads]);
      setRelaxed(uri, all);
      setRelaxedLoads(all);
    },
    [uri, relaxed],
  );
  const strict = useCallback(() => {
    setRelaxed(uri, undefined);
    setRelaxedLoads(undefined);
  }, [uri]);
  return {
    /** The policy the App's document runs under now. */
    csp: relaxed ? buildAppCsp(relaxedCsp(declared, relaxed)) : fallback,
    /** The frame's key part: a change of policy is a new document. */
    key,
    /** The declared CSP, widened when relaxed. */
    effective: relaxed ? relaxedCsp(declared, relaxed) : declared,
    /** The origins allowed beyond the declared CSP; undefined when not relaxed. */
    relaxed: relaxed && [...new Set(relaxed.map((l) => l.origin))],
    blocked: blocked?.doc === key ? blocked.loads : [],
    onViolation,
    relax,
    strict,
  };
}

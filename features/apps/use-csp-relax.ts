"use client";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { AppCsp } from "../../lib/apps/app-meta";
import { buildAppCsp } from "../../lib/apps/csp";
import { blockedLoadOf, distinctBlocked, relaxedCsp, type BlockedLoad } from "../../lib/apps/csp-blocked";
import type { AppCspViolation } from "../../lib/record/format";
import { relaxedLoadsOf, setRelaxed } from "./relaxed-csp";

/** Past this many, further refused loads of one document are not kept for the stage (Problems has each). */
const KEPT = 50;
const NO_URLS: ReadonlyMap<string, string> = new Map();

/**
 * One App's CSP as shown: the declared one, or relaxed (the origins its document was refused
 * allowed, for this page session, after one click). `doc` names the document shown now: refused
 * loads are kept per document, so a reload starts with none. `csp` is the policy to wrap the App
 * with; `onViolation` takes each violation its frame reports.
 */
export function useCspRelax(uri: string, declared: AppCsp | undefined, fallback: string, doc: string) {
  const [relaxed, setRelaxedLoads] = useState(() => relaxedLoadsOf(uri));
  const [blocked, setBlocked] = useState<{ doc: string; loads: BlockedLoad[] }>();
  // Each further allowance is a new document under its wider policy.
  const key = `${doc}:${relaxed ? `relaxed-${relaxed.length}` : "declared"}`;
  const keyRef = useRef(key);
  useLayoutEffect(() => {
    keyRef.current = key;
  }, [key]);
  // Every URL this document was refused, by directive (a failed load it names is a refusal, not the network's).
  const [refused, setRefused] = useState<{ doc: string; urls: ReadonlyMap<string, string> }>();
  const onViolation = useCallback((v: AppCspViolation) => {
    const at = keyRef.current;
    if (v.blockedUri)
      setRefused((r) => {
        const urls = r?.doc === at ? r.urls : new Map<string, string>();
        return urls.size >= KEPT || urls.has(v.blockedUri) ? r : { doc: at, urls: new Map(urls).set(v.blockedUri, v.directive) };
      });
    const load = blockedLoadOf(v);
    if (!load) return;
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
    /** The URLs `blocked` names (the stage's CSP notice says each with its directive). */
    named: new Set((blocked?.doc === key ? blocked.loads : []).map((l) => l.url)),
    /** Each URL the document shown now was refused, and by which directive. */
    refused: refused?.doc === key ? refused.urls : NO_URLS,
    onViolation,
    relax,
    strict,
  };
}

"use client";
import { useEffect, useState } from "react";

/**
 * How long a host prompt's buttons stay inert after it appears. An App decides when its request
 * arrives, so it can make the prompt appear under a click the person already started (asking on
 * the first click of a "double-click here"): the second click must not be the answer. Browsers
 * hold their own permission prompts for about as long.
 */
export const ARM_MS = 500;

/** False until `ms` after the component mounts; key the prompt by what it asks so a new ask re-arms it. */
export function useArmed(ms = ARM_MS): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setArmed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return armed;
}

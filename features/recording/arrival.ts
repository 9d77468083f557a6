"use client";
import { arrivalWarning } from "../../lib/session/shared";

let first: string | undefined | null = null;

/**
 * The page's arrival warning, read from the first call on: the opener can be cleared later and the
 * address changes once a recording is closed, but how this tab came to be open does not.
 */
export function pageArrivalWarning(): string | undefined {
  if (typeof window === "undefined") return undefined;
  if (first === null) first = arrivalWarning({ href: window.location.href, referrer: document.referrer, opened: window.opener != null });
  return first ?? sharedLinkWarning();
}

/** A share link pasted into this tab after it loaded (a hash change) still came from someone else. */
function sharedLinkWarning(): string | undefined {
  return arrivalWarning({ href: window.location.href, referrer: "", opened: false });
}

"use client";
import { useSyncExternalStore } from "react";

const QUERY = "(prefers-color-scheme: dark)";

/**
 * The scheme the page is drawn in: the person's pick (`<html data-theme>`, set by the header's
 * theme menu) or else the system's. Read from the document, so widgets need no session import.
 */
export function currentColorScheme(): "light" | "dark" {
  const picked = document.documentElement.dataset.theme;
  if (picked === "light" || picked === "dark") return picked;
  return window.matchMedia(QUERY).matches ? "dark" : "light";
}

function subscribe(cb: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener("change", cb);
  const picks = new MutationObserver(cb);
  picks.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    mq.removeEventListener("change", cb);
    picks.disconnect();
  };
}

/** The page's light/dark scheme, live (the person's pick, else the system's setting). */
export function useColorScheme(): "light" | "dark" {
  return useSyncExternalStore(subscribe, currentColorScheme, () => "light");
}

"use client";
import { LocalSetting } from "./local-setting";
import { THEME_KEY } from "./theme-script";

/** The page's theme: the OS's until the person picks one (issue 66 item 10). */
export type ThemeChoice = "system" | "light" | "dark";

export const themeChoice = new LocalSetting<ThemeChoice>(THEME_KEY, "system", (raw) =>
  raw === "light" || raw === "dark" || raw === "system" ? raw : undefined,
);

/**
 * Puts the choice on `<html data-theme>`, which app/boot.css's tokens follow; "system" removes it,
 * so the OS's setting (prefers-color-scheme) decides again.
 */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

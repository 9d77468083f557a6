"use client";
import { useEffect } from "react";
import { useLocalSetting } from "../../client/local-setting";
import { applyTheme, themeChoice, type ThemeChoice } from "../../client/theme";

const LABELS: Record<ThemeChoice, string> = { system: "System theme", light: "Light", dark: "Dark" };

/** Light, dark, or the OS's (the default, kept until the person picks): remembered in this browser. */
export function ThemeMenu() {
  const [choice, setChoice] = useLocalSetting(themeChoice);
  useEffect(() => applyTheme(choice), [choice]);
  return (
    <select
      className="theme-menu"
      aria-label="Theme"
      title="The page's colours: the system's setting until you pick one"
      value={choice}
      onChange={(e) => setChoice(e.target.value as ThemeChoice)}
    >
      {(Object.keys(LABELS) as ThemeChoice[]).map((c) => (
        <option key={c} value={c}>
          {LABELS[c]}
        </option>
      ))}
    </select>
  );
}

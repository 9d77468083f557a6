import * as z from "zod";

/**
 * How the inspector presents itself to an App (its host context): edited by the person while the
 * App runs, so a developer sees the App as different hosts show it. Sent as
 * `ui/notifications/host-context-changed`.
 */
export const HostEmulationSchema = z.object({
  theme: z.enum(["light", "dark"]).default("light"),
  locale: z.string().min(2).default("en-US"),
  timeZone: z.string().min(1).default("UTC"),
  platform: z.enum(["desktop", "mobile", "web"]).default("desktop"),
  displayMode: z.enum(["inline", "fullscreen", "pip"]).default("inline"),
  /** Container width and height in CSS pixels (the frame's maximum). */
  width: z.number().int().positive().max(4000).default(720),
  height: z.number().int().positive().max(4000).default(480),
  insets: z
    .object({
      top: z.number().int().nonnegative(),
      right: z.number().int().nonnegative(),
      bottom: z.number().int().nonnegative(),
      left: z.number().int().nonnegative(),
    })
    .default({ top: 0, right: 0, bottom: 0, left: 0 }),
});
export type HostEmulation = z.infer<typeof HostEmulationSchema>;

export const DEFAULT_HOST_EMULATION: HostEmulation = HostEmulationSchema.parse({});

export const DISPLAY_MODES = ["inline", "fullscreen", "pip"] as const;

/** The `McpUiHostContext` an emulation stands for (the fields the spec names; the tool that made the App). */
export function hostContextOf(
  e: HostEmulation,
  toolInfo?: { id?: string | number; tool: Record<string, unknown> },
): Record<string, unknown> {
  const mobile = e.platform === "mobile";
  return {
    theme: e.theme,
    locale: e.locale,
    timeZone: e.timeZone,
    platform: e.platform,
    deviceCapabilities: { touch: mobile, hover: !mobile },
    displayMode: e.displayMode,
    availableDisplayModes: [...DISPLAY_MODES],
    containerDimensions: { maxWidth: e.width, maxHeight: e.height },
    safeAreaInsets: e.insets,
    userAgent: "mcp-inspector-harness",
    ...(toolInfo ? { toolInfo } : {}),
  };
}

/** The fields of `next` that differ from `prev`: what a host-context-changed notification carries. */
export function hostContextChanges(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (JSON.stringify(prev[k]) !== JSON.stringify(v)) out[k] = v;
  return out;
}

import * as z from "zod";
import { HOST_PROFILES, HOST_PROFILE_IDS, type HostProfileId } from "./host-profiles";

/**
 * How the inspector presents itself to an App (its host context): edited by the person while the
 * App runs, so a developer sees the App as different hosts show it. Sent as
 * `ui/notifications/host-context-changed`.
 */
export const HostEmulationSchema = z.object({
  /** The host this emulates (lib/apps/host-profiles.ts): its styles, display modes, capabilities, window.openai. */
  profile: z.enum(HOST_PROFILE_IDS).default("generic"),
  theme: z.enum(["light", "dark"]).default("light"),
  locale: z.string().min(2).default("en-US"),
  timeZone: z.string().min(1).default("UTC"),
  platform: z.enum(["desktop", "mobile", "web"]).default("desktop"),
  displayMode: z.enum(["inline", "fullscreen", "pip"]).default("inline"),
  /**
   * The container in CSS pixels: inline, a fixed width and the most height the frame grows to
   * (it follows the App's size-changed up to it); fullscreen, the whole container. 800 high by
   * default: the official example Apps (budget-allocator is 600 px) fit without an inner scroll.
   */
  width: z.number().int().positive().max(4000).default(720),
  /**
   * The container is the column the App is shown in (its measured width, at most the profile's
   * maxWidth), as a host fits an App to its conversation column; off, `width` is the container and
   * a narrower column shows the App scaled down, and says so.
   */
  fitColumn: z.boolean().default(true),
  /**
   * Streamed input: with a pace (ms between steps, 0 off), the run's arguments go to the App as
   * `ui/notifications/tool-input-partial` steps first (lib/apps/partial-input.ts), then the whole
   * tool-input, as a host does while the model writes them.
   */
  inputStreamMs: z.number().int().min(0).max(5000).default(0),
  height: z.number().int().positive().max(4000).default(800),
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

/** The generic profile's own settings (its platform is "web", as after picking it again: issue 66 item 7). */
export const DEFAULT_HOST_EMULATION: HostEmulation = emulationOfProfile("generic", HostEmulationSchema.parse({}));

export const DISPLAY_MODES = ["inline", "fullscreen", "pip"] as const;

/**
 * The container's width: the column's (at most the profile's maxWidth) when the emulation fits the
 * column and the column is known, else the emulated width.
 */
export function containerWidthOf(e: HostEmulation, column?: number): number {
  if (!e.fitColumn || column === undefined || column <= 0) return e.width;
  const max = HOST_PROFILES[e.profile].maxWidth;
  return Math.max(100, Math.floor(max ? Math.min(column, max) : column));
}

/** The `McpUiHostContext` an emulation stands for (the fields the spec names; the tool that made the App). */
export function hostContextOf(
  e: HostEmulation,
  toolInfo?: { id?: string | number; tool: Record<string, unknown> },
  column?: number,
  screen?: { width: number; height: number },
): Record<string, unknown> {
  const mobile = e.platform === "mobile";
  const profile = HOST_PROFILES[e.profile];
  return {
    theme: e.theme,
    styles: { variables: profile.styles[e.theme] },
    locale: e.locale,
    timeZone: e.timeZone,
    platform: e.platform,
    deviceCapabilities: { touch: mobile, hover: !mobile },
    displayMode: e.displayMode,
    availableDisplayModes: [...profile.displayModes],
    containerDimensions: containerOf(e, column, screen),
    safeAreaInsets: e.insets,
    userAgent: profile.userAgent,
    ...(toolInfo ? { toolInfo } : {}),
  };
}

/** Picture-in-picture: a small corner window, whatever the emulated container. */
export const PIP = { width: 380, maxHeight: 240 } as const;
/** The inline frame's height before the App says how tall it is. */
export const INLINE_START_HEIGHT = 320;

/**
 * What the host promises the App (McpUiHostContext.containerDimensions: "either width or maxWidth,
 * and either height or maxHeight"): inline, a fixed width and a maximum height, so the App sizes
 * its height to its content; fullscreen, both fixed (the area the page gives it, `screen`, once
 * measured: a fullscreen App fills the window below the host's bar, whatever the emulated width);
 * pip, a small window.
 */
export function containerOf(e: HostEmulation, column?: number, screen?: { width: number; height: number }): Record<string, number> {
  if (e.displayMode === "fullscreen" && screen && screen.width > 0 && screen.height > 0)
    return { width: Math.floor(screen.width), height: Math.floor(screen.height) };
  const width = containerWidthOf(e, column);
  if (e.displayMode === "fullscreen") return { width, height: e.height };
  if (e.displayMode === "pip") return { width: Math.min(PIP.width, width), maxHeight: PIP.maxHeight };
  return { width, maxHeight: e.height };
}

/**
 * The frame's size for the App's last ui/notifications/size-changed (issue 39 item 3): the
 * emulated width (the App's width is ignored where the host fixed it), and its height within the
 * host's limit; a report without a height, or none yet, keeps the starting height.
 */
export function frameSizeOf(e: HostEmulation, reportedHeight: number | undefined, column?: number): { width: number; height: number } {
  const c = containerOf(e, column);
  const start = Math.min(INLINE_START_HEIGHT, c.maxHeight ?? c.height);
  const want = reportedHeight !== undefined && reportedHeight > 0 ? Math.ceil(reportedHeight) : start;
  return { width: c.width, height: c.height ?? Math.min(want, c.maxHeight) };
}

/**
 * How the frame fits its column (issue 50): at scale 1 when it is no wider; else scaled down to the
 * column's width, with the numbers the stage says (never silently cut off).
 */
export function fitOf(frameWidth: number, column: number | undefined): { scale: number; overflow?: { width: number; column: number } } {
  if (column === undefined || column <= 0 || frameWidth <= column) return { scale: 1 };
  return { scale: Math.max(0.1, column / frameWidth), overflow: { width: frameWidth, column: Math.floor(column) } };
}

/** The fields of `next` that differ from `prev`: what a host-context-changed notification carries. */
export function hostContextChanges(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (JSON.stringify(prev[k]) !== JSON.stringify(v)) out[k] = v;
  return out;
}

/** The emulation a host profile starts from (the person edits it from there). */
export function emulationOfProfile(id: HostProfileId, base: HostEmulation): HostEmulation {
  const p = HOST_PROFILES[id];
  return { ...base, profile: id, theme: p.theme, platform: p.platform, displayMode: "inline", fitColumn: true, height: p.maxHeight };
}

/**
 * ChatGPT's own inline widths (issue 73: a widget written for ChatGPT's desktop width showed its
 * mobile layout in the page's 548 px column). On a desktop window the conversation column, and
 * the widget in it, is 48rem (768 px) wide; on a narrower window it is the window less 16 px
 * gutters each side, so a 390 px phone gives 358 px. Approximations of what ChatGPT draws, named
 * as such in docs/apps.md.
 */
export const CHATGPT_WIDTHS = { desktop: 768, mobile: 358 } as const;

/** ChatGPT's inline widget width in a browser window `windowWidth` wide. */
export function chatGptInlineWidth(windowWidth: number): number {
  return Math.max(100, Math.min(CHATGPT_WIDTHS.desktop, Math.floor(windowWidth) - 32));
}

/**
 * Whether the App's stage asks the page for a desktop window's room (issue 73: at 1280 px ChatGPT
 * gives a widget 768 px, and the page's column had 548): under the ChatGPT profile, fitted to the
 * column or fixed wider than ChatGPT's mobile width. The page then gives its view the width of the
 * window less the connection column (the timeline goes below it), so 768 px is drawn unscaled and
 * a click Playwright aims into the App lands (it does not map a scaled frame's transform). A
 * mobile width fits beside the timeline, and the other profiles keep the page's three columns.
 */
export function wantsDesktopRoom(e: HostEmulation): boolean {
  return e.profile === "chatgpt" && (e.fitColumn || e.width > CHATGPT_WIDTHS.mobile);
}

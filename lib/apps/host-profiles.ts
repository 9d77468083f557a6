/** The hosts an App developer targets, each emulated as a named set of what that host gives an App. */
export const HOST_PROFILE_IDS = ["generic", "claude", "chatgpt"] as const;
export type HostProfileId = (typeof HOST_PROFILE_IDS)[number];

export type DisplayMode = "inline" | "fullscreen" | "pip";
type Theme = "light" | "dark";
type Platform = "desktop" | "mobile" | "web";

export interface HostProfile {
  id: HostProfileId;
  label: string;
  /** Said beside the choice: what this profile is and is not. */
  note: string;
  /** McpUiHostContext.userAgent. */
  userAgent: string;
  platform: Platform;
  theme: Theme;
  /** The display modes the host allows (availableDisplayModes); a request for another is answered with the current mode. */
  displayModes: readonly DisplayMode[];
  /**
   * The inline container: the column's width (as every host fits an App to its conversation
   * column), at most `maxWidth` when the host has one, and at most `maxHeight` tall.
   */
  maxWidth?: number;
  maxHeight: number;
  /** McpUiHostContext.styles.variables, per theme: the host's palette and type an App may adopt. */
  styles: Record<Theme, Record<string, string>>;
  /** McpUiHostCapabilities as this host offers them. */
  capabilities: Record<string, unknown>;
  /** ChatGPT: `window.openai` on top of the MCP Apps bridge (lib/apps/openai-shim.ts). */
  openai: boolean;
}

const SYSTEM_SANS = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", sans-serif';
const SYSTEM_MONO = 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace';

const palette = (bg: string, bg2: string, fg: string, fg2: string, border: string, accent: string) => ({
  "--color-background-primary": bg,
  "--color-background-secondary": bg2,
  "--color-text-primary": fg,
  "--color-text-secondary": fg2,
  "--color-border-primary": border,
  "--color-ring-primary": accent,
});

/** Every capability this inspector can back (each request is answered here or by the person). */
const ALL_CAPABILITIES = {
  openLinks: {},
  serverTools: {},
  serverResources: {},
  logging: {},
  updateModelContext: { text: {}, structuredContent: {} },
  message: { text: {}, structuredContent: {} },
  sandbox: {},
};

export const HOST_PROFILES: Record<HostProfileId, HostProfile> = {
  generic: {
    id: "generic",
    label: "MCP Apps host (generic)",
    note: "Everything the MCP Apps spec lets a host offer, no host's look.",
    userAgent: "mcp-inspector-harness",
    platform: "web",
    theme: "light",
    displayModes: ["inline", "fullscreen", "pip"],
    maxHeight: 800,
    styles: {
      light: {
        ...palette("#ffffff", "#f4f5f7", "#16181d", "#5b616e", "#d9dce3", "#2f6feb"),
        "--font-sans": SYSTEM_SANS,
        "--font-mono": SYSTEM_MONO,
      },
      dark: {
        ...palette("#1b1d21", "#24272d", "#e8eaee", "#a3a9b5", "#3a3f48", "#5b8def"),
        "--font-sans": SYSTEM_SANS,
        "--font-mono": SYSTEM_MONO,
      },
    },
    capabilities: ALL_CAPABILITIES,
    openai: false,
  },
  claude: {
    id: "claude",
    label: "Claude-like",
    note: "An emulation of Claude's App host as documented: its warm palette, inline and fullscreen, a 768 px column.",
    userAgent: "claude-like (mcp-inspector-harness emulation)",
    platform: "desktop",
    theme: "light",
    displayModes: ["inline", "fullscreen"],
    maxWidth: 768,
    maxHeight: 800,
    styles: {
      light: {
        ...palette("#faf9f5", "#f0eee6", "#141413", "#5e5d59", "#e3dfd3", "#c96442"),
        "--font-sans": SYSTEM_SANS,
        "--font-mono": SYSTEM_MONO,
        "--border-radius-md": "8px",
      },
      dark: {
        ...palette("#262624", "#30302e", "#faf9f5", "#c2c0b6", "#4a4945", "#d97757"),
        "--font-sans": SYSTEM_SANS,
        "--font-mono": SYSTEM_MONO,
        "--border-radius-md": "8px",
      },
    },
    capabilities: { ...ALL_CAPABILITIES },
    openai: false,
  },
  chatgpt: {
    id: "chatgpt",
    label: "ChatGPT",
    note: "ChatGPT's App host: the MCP Apps bridge with window.openai on top (toolOutput, widgetState, callTool…), inline, pip and fullscreen.",
    userAgent: "chatgpt (mcp-inspector-harness emulation)",
    platform: "web",
    theme: "light",
    displayModes: ["inline", "fullscreen", "pip"],
    maxWidth: 768,
    maxHeight: 800,
    styles: {
      light: {
        ...palette("#ffffff", "#f9f9f9", "#0d0d0d", "#5d5d5d", "#e5e5e5", "#0285ff"),
        "--font-sans": SYSTEM_SANS,
        "--font-mono": SYSTEM_MONO,
      },
      dark: {
        ...palette("#212121", "#303030", "#ffffff", "#afafaf", "#424242", "#0285ff"),
        "--font-sans": SYSTEM_SANS,
        "--font-mono": SYSTEM_MONO,
      },
    },
    capabilities: { ...ALL_CAPABILITIES },
    openai: true,
  },
};

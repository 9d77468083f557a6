import { describe, expect, test } from "vitest";
import {
  DEFAULT_HOST_EMULATION,
  containerWidthOf,
  emulationOfProfile,
  fitOf,
  frameSizeOf,
  hostContextOf,
} from "../../lib/apps/host-emulation";
import { HOST_PROFILES, HOST_PROFILE_IDS } from "../../lib/apps/host-profiles";

describe("host profiles (issue 50)", () => {
  test("each is a named set: styles per theme, display modes, container, platform, capabilities", () => {
    for (const id of HOST_PROFILE_IDS) {
      const p = HOST_PROFILES[id];
      expect(p.label).toBeTruthy();
      expect(p.displayModes).toContain("inline");
      expect(Object.keys(p.styles.light)).toContain("--color-background-primary");
      expect(Object.keys(p.styles.dark)).toContain("--color-text-primary");
      expect(p.capabilities).toHaveProperty("serverTools");
    }
    expect(HOST_PROFILES.chatgpt.openai).toBe(true);
    expect(HOST_PROFILES.generic.openai).toBe(false);
    expect(HOST_PROFILES.claude.displayModes).not.toContain("pip");
  });

  test("the host context carries the profile's styles for the theme, its display modes and user agent", () => {
    const claude = emulationOfProfile("claude", DEFAULT_HOST_EMULATION);
    const ctx = hostContextOf({ ...claude, theme: "dark" }, undefined, 600);
    expect(ctx.styles).toEqual({ variables: HOST_PROFILES.claude.styles.dark });
    expect(ctx.availableDisplayModes).toEqual(["inline", "fullscreen"]);
    expect(ctx.userAgent).toMatch(/claude/);
    expect(ctx.platform).toBe("desktop");
  });
});

describe("the generic profile is the same at first and after picking it again (issue 66 item 7)", () => {
  test("its platform is the profile's, not the schema's default", () => {
    const again = emulationOfProfile("generic", emulationOfProfile("claude", DEFAULT_HOST_EMULATION));
    expect(DEFAULT_HOST_EMULATION.platform).toBe(HOST_PROFILES.generic.platform);
    expect(again).toEqual(DEFAULT_HOST_EMULATION);
    expect(hostContextOf(DEFAULT_HOST_EMULATION, undefined, 600).platform).toBe(hostContextOf(again, undefined, 600).platform);
  });
});

describe("the container is the column (issue 50: a 720 px App cut in half in a 353 px column)", () => {
  test("fit column: the column's width, at most the profile's maxWidth", () => {
    expect(containerWidthOf(DEFAULT_HOST_EMULATION, 353)).toBe(353);
    expect(hostContextOf(DEFAULT_HOST_EMULATION, undefined, 353).containerDimensions).toEqual({ width: 353, maxHeight: 800 });
    const chatgpt = emulationOfProfile("chatgpt", DEFAULT_HOST_EMULATION);
    expect(containerWidthOf(chatgpt, 1200)).toBe(768);
    expect(frameSizeOf(chatgpt, 600, 500)).toEqual({ width: 500, height: 600 });
  });

  test("a fixed width wider than the column is shown scaled to it, and says by how much; never cut", () => {
    const fixed = { ...DEFAULT_HOST_EMULATION, fitColumn: false, width: 720 };
    expect(containerWidthOf(fixed, 353)).toBe(720);
    expect(fitOf(720, 353)).toEqual({ scale: 353 / 720, overflow: { width: 720, column: 353 } });
    expect(fitOf(300, 353)).toEqual({ scale: 1 });
    expect(fitOf(720, undefined)).toEqual({ scale: 1 });
  });
});

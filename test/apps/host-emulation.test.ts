import { describe, expect, test } from "vitest";
import { DEFAULT_HOST_EMULATION, frameSizeOf, hostContextOf, INLINE_START_HEIGHT } from "../../lib/apps/host-emulation";

// The MCP Apps spec's containerDimensions: "either width or maxWidth, and either height or maxHeight".
describe("the App frame's size (issue 39 item 3)", () => {
  const inline = { ...DEFAULT_HOST_EMULATION, width: 720, height: 800 };

  test("inline: the emulated width, fixed; the height follows the App's size-changed up to the host's maximum", () => {
    expect(hostContextOf(inline).containerDimensions).toEqual({ width: 720, maxHeight: 800 });
    expect(frameSizeOf(inline, undefined)).toEqual({ width: 720, height: INLINE_START_HEIGHT });
    expect(frameSizeOf(inline, 600.4)).toEqual({ width: 720, height: 601 });
    expect(frameSizeOf(inline, 5000)).toEqual({ width: 720, height: 800 });
    expect(frameSizeOf({ ...inline, height: 200 }, undefined)).toEqual({ width: 720, height: 200 });
  });

  test("fullscreen: both fixed, whatever the App reports; pip: a small window", () => {
    const full = { ...inline, displayMode: "fullscreen" as const };
    expect(hostContextOf(full).containerDimensions).toEqual({ width: 720, height: 800 });
    expect(frameSizeOf(full, 100)).toEqual({ width: 720, height: 800 });
    // Once the page has measured the area a fullscreen App fills, that is its container.
    expect(hostContextOf(full, undefined, 353, { width: 1440.4, height: 870 }).containerDimensions).toEqual({ width: 1440, height: 870 });
    expect(hostContextOf(inline, undefined, 353, { width: 1440, height: 870 }).containerDimensions).toEqual({ width: 353, maxHeight: 800 });
    const pip = { ...inline, displayMode: "pip" as const };
    expect(frameSizeOf(pip, 1000)).toEqual({ width: 380, height: 240 });
  });

  test("the default host fits the official budget-allocator (600 px tall) without an inner scroll", () => {
    expect(frameSizeOf(DEFAULT_HOST_EMULATION, 600).height).toBe(600);
  });
});

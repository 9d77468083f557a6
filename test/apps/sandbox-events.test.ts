import { describe, expect, test } from "vitest";
import {
  APP_FLOODED_KEY,
  APP_NAVIGATED_KEY,
  FLOOD_DROPS,
  PROXY_ONLY_KEYS,
  appFloodedOf,
  appStoppedOf,
} from "../../lib/apps/sandbox-events";
import { appIsAlarming, appLabelOf } from "../../lib/record/app-entry-facts";
import type { AppEntry } from "../../lib/record/format";

describe("the proxy's tear-down notices", () => {
  test("a flood notice reads as a stop for the flood, with its count; a navigation notice as a navigation", () => {
    expect(appStoppedOf({ [APP_FLOODED_KEY]: { dropped: 1001 } })).toEqual({ why: "flood", dropped: 1001 });
    expect(appStoppedOf({ [APP_NAVIGATED_KEY]: { loads: 2 } })).toEqual({ why: "navigated", loads: 2 });
    expect(appStoppedOf({ jsonrpc: "2.0", method: "notifications/message" })).toBeUndefined();
    expect(appStoppedOf(null)).toBeUndefined();
  });

  test("a malformed count is never shown as the App's number: the bound stands in for it", () => {
    for (const bad of [-1, 1.5, "9", Number.MAX_VALUE, null])
      expect(appFloodedOf({ [APP_FLOODED_KEY]: { dropped: bad } })).toEqual({ dropped: FLOOD_DROPS });
    expect(appFloodedOf({ [APP_FLOODED_KEY]: "x" })).toEqual({ dropped: FLOOD_DROPS });
  });

  test("only the proxy speaks the flood notice: an App's message carrying its key is never relayed", () => {
    expect(PROXY_ONLY_KEYS).toContain(APP_FLOODED_KEY);
  });

  test("the timeline names the stop and marks it", () => {
    const e = {
      kind: "app",
      seq: 7,
      t: 0,
      dir: "app->host",
      appId: "flood@1.abc",
      tool: "flood",
      message: { [APP_FLOODED_KEY]: { dropped: 1001 } },
      size: 40,
      notJsonRpc: true,
    } as unknown as AppEntry;
    expect(appLabelOf(e)).toBe("App flooded the host (1001 messages dropped): stopped, nothing more relayed");
    expect(appIsAlarming(e)).toBe(true);
  });
});

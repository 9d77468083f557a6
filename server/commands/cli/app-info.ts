import type { Engine } from "../../engine";
import { appInfoOf as appInfoLine, type AppInfo } from "../../../lib/apps/app-info";

export type { AppInfo } from "../../../lib/apps/app-info";

/**
 * `--app-info`'s line for one tool: its `ui://` resource read through the engine (so the read is
 * recorded and linted like any other), then the official CLI's line (lib/apps/app-info.ts). The
 * tool itself is not called.
 */
export async function appInfoOf(engine: Engine, tool: { name: string; _meta?: unknown }, meta: Record<string, unknown>): Promise<AppInfo> {
  const own = appInfoLine(tool);
  if (!own.hasApp || !own.resourceUri) return own;
  try {
    const { result } = await engine.request("resources/read", {
      uri: own.resourceUri,
      ...(Object.keys(meta).length ? { _meta: meta } : {}),
    });
    return appInfoLine(tool, { result });
  } catch (e) {
    return appInfoLine(tool, { error: (e as Error).message });
  }
}

import type { Engine } from "../../engine";
import { type AppInfo } from "../../../lib/apps/app-info";
export type { AppInfo } from "../../../lib/apps/app-info";
/**
 * `--app-info`'s line for one tool: its `ui://` resource read through the engine (so the read is
 * recorded and linted like any other), then the official CLI's line (lib/apps/app-info.ts). The
 * tool itself is not called.
 */
export declare function appInfoOf(engine: Engine, tool: {
    name: string;
    _meta?: unknown;
}, meta: Record<string, unknown>): Promise<AppInfo>;

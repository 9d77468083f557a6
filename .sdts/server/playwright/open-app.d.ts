import type { Page } from "@playwright/test";
import type { AppBackend } from "./backend";
import type { McpApp } from "./types";
/**
 * Run `tool` from the page's Apps tab as a person does (pick it, type its arguments as JSON,
 * run it) and wait until the App it renders has initialized and been handed the result: the
 * host's `ui/notifications/tool-result` (or tool-cancelled) of a new appId in the record.
 */
export declare function openApp(page: Page, backend: AppBackend, tool: string, args: Record<string, unknown>, timeout?: number): Promise<McpApp>;

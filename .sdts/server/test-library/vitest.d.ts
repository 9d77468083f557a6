import { mcpMatchers, mcpSerializer } from "./matchers";
import type { McpMatchers } from "./types";
declare module "vitest" {
    interface Matchers<T = any> extends McpMatchers<void> {
    }
    interface TaskMeta {
        /** The recordings written for this failed test (mcp-inspector-harness/vitest). */
        mcpRecordings?: string[];
    }
}
export { mcpMatchers, mcpSerializer };
export type { McpMatchers };

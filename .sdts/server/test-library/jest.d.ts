import { mcpMatchers, mcpSerializer } from "./matchers";
import type { McpMatchers } from "./types";
declare module "expect" {
    interface Matchers<R extends void | Promise<void>, T = unknown> extends McpMatchers<R> {
    }
}
export { mcpMatchers, mcpSerializer };
export type { McpMatchers };

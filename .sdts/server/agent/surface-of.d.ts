import { type Surface } from "../../lib/surface";
import type { AgentConnection } from "./connection";
/**
 * The surface of a connection that is up: its negotiation and every list it declares (all pages),
 * as `inspector diff` reads a live side (server/headless/live-surface.ts), but over the agent's
 * own connection, so a restart can say what changed since the last one.
 */
export declare function surfaceOf(c: AgentConnection): Promise<Surface | undefined>;

/** @deprecated The session's context moved to ./session-context (features/requests still imports it from here). */
export { SessionContext, useSession } from "./session-context";
export type { Session } from "./session";

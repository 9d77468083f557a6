/** The client side of MCP authorization (see docs/oauth.md): the engine's front door to it. */
export { createOAuthSession, OAuthSession } from "./session";
export type { OAuthSessionOptions, OAuthStatus } from "./options";
export { AuthFlowError, isAuthFlowError } from "./errors";
export { isLoopbackUrl } from "./hosts";
export { AuthEventSchema, AUTH_EVENT_VERSION, AUTH_STEPS, isAuthEvent, type AuthEvent, type AuthStep } from "../../lib/auth/steps";
export type { RegistrationMethod } from "./registration";
export { clientKeyProblem } from "./jwt-assertion";
export { SIGNING_ALGS, type SigningAlg } from "./jwt-assertion";
export type { Grant } from "./flow";
export type { CrossAppOptions } from "./cross-app";
export { DPOP_MODES, type DpopMode } from "./dpop";
export type { WorkloadOptions } from "./workload";

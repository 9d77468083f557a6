/**
 * The engine's public face. Everything else in the backend (bridge, launcher, CLI harness)
 * imports from here, never from the SDK: the engine can be swapped for the SDK v2 packages.
 */
export { Engine, RpcError, type RecordSink, type RequestOptions, type RequestOutcome, type StateListener } from "./engine";

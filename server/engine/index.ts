/**
 * The engine's public face. Everything else in the backend (bridge, launcher, CLI harness)
 * imports from here, never from the SDK.
 */
export {
  Engine,
  type EngineOptions,
  type RecordSink,
  type RequestOptions,
  type RequestOutcome,
  type SentRequest,
  type StateListener,
  type FaultListener,
  type ToolCallOptions,
} from "./engine";
export { EngineError, RpcError, type EngineErrorKind } from "./errors";
export type { Clock } from "./clock";
export type { OpenedTransport, TransportFactory, TransportHooks } from "./transports";
export { faultOf, FaultError, type FaultName } from "./faults";

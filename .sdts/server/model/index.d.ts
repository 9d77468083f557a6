/**
 * The model in the loop (issue 40): a person's model, through the Vercel AI SDK, asked with
 * the server's tools, for sampling, and for evals. Keys live in a KeyStore in memory only; every
 * HTTP exchange with the provider is reported, masked, for the record. See docs/models.md.
 */
export { KeyStore, MASK } from "./keys";
export { ModelError, type ModelErrorKind } from "./errors";
export { openModel, DEFAULT_MODEL_TIMEOUT_MS, type ModelClient, type ModelOptions } from "./open";
export { toolsForModel, toolCallProblem, type McpTool } from "./tools";
export { modelStep, type StepInput, type StepResult } from "./step";
export { runToolLoop, type ProposedCall, type ToolRun, type ToolLoopInput, type ToolLoopResult } from "./tool-loop";
export { answerSampling, samplingMessages, type SamplingAnswer } from "./sampling";
export { recordingFetch, EXCHANGE_BODY_MAX } from "./recording-fetch";
export { answerSamplingWithModel, type HeldRequestSource } from "./headless-sampling";

// The SDK client alone, a stage of the engine's half (see loadCoreInStages in ../launcher/inspector.ts): its
// evaluation (the protocol's zod schemas) is the largest part of that half.
export { Client } from "@modelcontextprotocol/client";

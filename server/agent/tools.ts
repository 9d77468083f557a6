import type { AgentTool } from "./define";
import { CONNECT_TOOLS } from "./tools-connect";
import { CALL_TOOLS } from "./tools-call";
import { ANSWER_TOOLS } from "./tools-answers";
import { OBSERVE_TOOLS } from "./tools-observe";
import { FILE_TOOLS } from "./tools-files";
import { COLLECTION_TOOLS } from "./tools-collection";

/** Every tool of `inspector mcp`, in the order an agent meets them. */
export const AGENT_TOOLS: readonly AgentTool[] = [
  ...CONNECT_TOOLS,
  ...CALL_TOOLS,
  ...ANSWER_TOOLS,
  ...OBSERVE_TOOLS,
  ...FILE_TOOLS,
  ...COLLECTION_TOOLS,
];

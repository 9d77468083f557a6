export declare const ANSWER_TOOLS: import("./define").AgentTool[];

export declare const CALL_TOOLS: import("./define").AgentTool[];

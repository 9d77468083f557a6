export declare const OBSERVE_TOOLS: import("./define").AgentTool[];

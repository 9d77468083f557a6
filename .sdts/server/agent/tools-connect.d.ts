export declare const CONNECT_TOOLS: import("./define").AgentTool[];

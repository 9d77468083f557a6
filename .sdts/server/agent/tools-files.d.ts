export declare const FILE_TOOLS: import("./define").AgentTool[];

export declare const COLLECTION_TOOLS: import("./define").AgentTool[];

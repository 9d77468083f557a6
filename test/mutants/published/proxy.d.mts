export declare const PROXY_MUTANTS: Record<string, { harmless: boolean; says: string }>;

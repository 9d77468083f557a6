import type { ProtocolEraChoice } from "../../lib/target/target";
/** The scenario of a `--load` run, as an exported locustfile runs it (`--load-export locust FILE.py`). */
export interface LocustPlan {
    url: string;
    /** --header values: none that carries a secret (refused before this is built). */
    headers: Record<string, string>;
    tool: string;
    args: Record<string, unknown>;
    meta: Record<string, unknown>;
    era: ProtocolEraChoice;
    concurrency: number;
    durationSec: number;
    requests?: number;
    rate?: number;
    warmup: number;
    /** Where the access token comes from: an environment variable, or OAuth client credentials (the secret from an env var). */
    auth: {
        kind: "bearer-env";
        env: string;
    } | {
        kind: "client-credentials";
        clientId: string;
        secretEnv: string;
        scope?: string;
    };
    clientInfo: {
        name: string;
        version: string;
    };
}
/** Why this run cannot be exported, in one line; undefined when it can. */
export declare function exportRefusal(t: {
    transport: string;
    headers?: Record<string, string>;
}): string | undefined;
/** A Python literal for a JSON value (JSON's string escapes are Python's; true/false/null are not). */
export declare function pythonLiteral(v: unknown, indent?: string): string;
/** The locustfile: the scenario's constants, then the fixed body (server/load/locust-body.ts). */
export declare function locustfile(p: LocustPlan, file: string): string;

import type { FlagGroup } from "../flag-spec";
import { type Transport } from "../values";
import type { ProtocolEraChoice } from "../../../lib/target/target";
/** What names the server to run or reach, and how to talk to it (page, --cli, check; parts in replay and diff). */
export interface TargetArgs {
    command?: string;
    args: string[];
    env: Record<string, string>;
    /** --pass-env: names whose values pass from the inspector's own environment. */
    passEnv: string[];
    /** --env-file: KEY=VALUE files for the server's environment, read in order. */
    envFiles: string[];
    cwd?: string;
    transport?: Transport;
    serverUrl?: string;
    headers: Record<string, string>;
    config?: string;
    registry?: string;
    server?: string;
    demo: boolean;
    /** Which protocol era to speak (default auto); a config file's protocolEra applies when the flag is absent. */
    protocolEra?: ProtocolEraChoice;
    connectTimeoutMs?: number;
    requestTimeoutMs?: number;
}
export declare const AUTH_MODES: readonly ["browser", "auto", "client-credentials", "cross-app", "workload", "off"];
export declare const DPOP_CHOICES: readonly ["auto", "on", "off"];
/** MCP authorization of an HTTP target. */
export interface AuthArgs {
    auth?: (typeof AUTH_MODES)[number];
    clientId?: string;
    clientSecret?: string;
    /** A PEM file; the backend reads it (its path may be in argv, its contents never are). */
    clientPrivateKey?: string;
    clientSigningAlg?: string;
    /** cross-app: the enterprise IdP's token endpoint and this client's id there (the ID token comes from MCP_IDP_ID_TOKEN only). */
    idpTokenEndpoint?: string;
    idpClientId?: string;
    clientMetadataUrl?: string;
    callbackUrl?: string;
    scope?: string;
    /** --auth-allow-origin: origins the metadata may name for the token and registration endpoints, without a person. */
    allowOrigins?: string[];
    /** workload: the file the platform keeps this workload's JWT in (or MCP_WORKLOAD_TOKEN; never the JWT in argv). */
    workloadTokenFile?: string;
    dpop?: (typeof DPOP_CHOICES)[number];
}
export declare const ELICITATION_POLICIES: readonly ["ask", "accept-defaults", "decline", "cancel"];
export type ElicitationPolicy = (typeof ELICITATION_POLICIES)[number];
/** Standing answers for the server's requests, and the person's model (issue 40). */
export interface AnswerArgs {
    roots: string[];
    samplingFile?: string;
    /** `--sampling model`: sampling/createMessage answered by the first --model. */
    samplingModel?: boolean;
    elicitation?: ElicitationPolicy;
    /** --model provider:model-id, in order (repeatable): checked by modelsFromFlags. */
    models: string[];
    /** --model-base-url: an OpenAI-compatible server's URL (Ollama, LM Studio, vLLM, llama.cpp). */
    modelBaseUrl?: string;
}
export declare const emptyTarget: () => TargetArgs;
export declare const emptyAnswers: () => AnswerArgs;
export declare const TARGET_FLAGS: FlagGroup<TargetArgs>;
export declare const AUTH_FLAGS: FlagGroup<AuthArgs>;
export declare const ANSWER_FLAGS: FlagGroup<AnswerArgs>;
/**
 * The target operands: a URL alone is --server-url (headless), anything else a command and its
 * arguments. Called with the words the parser left.
 */
export declare function placeTarget(a: TargetArgs, words: readonly string[], urlOperand: boolean): void;
/** How many targets the flags name; more than one is an error, none may be one. */
export declare function targetSources(a: TargetArgs): string[];
/** The rules every command that connects to a target checks. */
export declare function validateTarget(a: TargetArgs & Partial<AuthArgs>): void;
/** Headless runs have no person to answer: `ask` would wait forever. */
export declare function validateHeadlessAnswers(a: AnswerArgs): void;

import type { FlagGroup } from "../flag-spec";
import { UsageError } from "../usage-error";
import { envName, header, httpUrl, keyValue, loopbackUrl, millis, oneOf, protocolEra, rootUri, transport, type Transport } from "../values";
import type { ProtocolEraChoice } from "../../../lib/target/target";
import { looksLikeKey } from "../../../lib/model/looks-like-key";

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

export const AUTH_MODES = ["browser", "auto", "client-credentials", "cross-app", "workload", "off"] as const;
export const DPOP_CHOICES = ["auto", "on", "off"] as const;

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

export const ELICITATION_POLICIES = ["ask", "accept-defaults", "decline", "cancel"] as const;
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

export const emptyTarget = (): TargetArgs => ({ args: [], env: {}, passEnv: [], envFiles: [], headers: {}, demo: false });
export const emptyAnswers = (): AnswerArgs => ({ roots: [], models: [] });

export const TARGET_FLAGS: FlagGroup<TargetArgs> = {
  title: "Target",
  flags: [
    {
      names: ["-e", "--env"],
      value: "KEY=VALUE",
      help: "environment variable for the stdio server (repeatable). The value shows in the process list: for a secret use --pass-env or --env-file",
      set: (a, v) => Object.assign(a.env, keyValue(v, "-e")),
    },
    {
      names: ["--pass-env"],
      value: "NAME",
      help: "pass this variable, its value taken from the inspector's own environment, to the stdio server (repeatable; the value stays out of the process list)",
      set: (a, v) => a.passEnv.push(envName(v, "--pass-env")),
    },
    {
      names: ["--env-file"],
      value: "FILE",
      help: "environment for the stdio server from a file of KEY=VALUE lines (# comments; repeatable; -e and --pass-env win)",
      set: (a, v) => a.envFiles.push(v),
    },
    { names: ["--cwd"], value: "DIR", help: "working directory for the stdio server", set: (a, v) => (a.cwd = v) },
    {
      names: ["--server-url"],
      value: "URL",
      help: "connect to a server over HTTP (a path ending in /sse means --transport sse)",
      set: (a, v) => (a.serverUrl = httpUrl(v, "--server-url")),
    },
    {
      names: ["--transport"],
      value: "T",
      help: "stdio | http (Streamable HTTP, the default for URLs) | sse (legacy)",
      set: (a, v) => (a.transport = transport(v)),
    },
    // Variadic as the official CLI's; "Name:" but not "http://", so a URL after it stays the target.
    {
      names: ["--header"],
      value: '"Name: Value"…',
      variadic: /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:(?!\/\/)/,
      help: 'HTTP header for URL targets, e.g. "Authorization: Bearer …" (repeatable, or several after one flag)',
      set: (a, v) => Object.assign(a.headers, header(v)),
    },
    {
      names: ["--config"],
      value: "FILE",
      help: "an mcpServers JSON file (Claude Desktop / official inspector format)",
      set: (a, v) => (a.config = v),
    },
    {
      names: ["--registry"],
      value: "FILE",
      help: "an MCP registry server.json (packages via npx/uvx/docker, or remotes)",
      set: (a, v) => (a.registry = v),
    },
    { names: ["--server"], value: "NAME", help: "which server of --config / --registry to use", set: (a, v) => (a.server = v) },
    { names: ["--demo"], help: "the bundled reference server (@modelcontextprotocol/server-everything)", set: (a) => (a.demo = true) },
    {
      names: ["--protocol-era"],
      value: "ERA",
      help: "legacy (2025: initialize) | auto (initialize; 2026-07-28's server/discover when the server refuses it for its version: the default) | modern (server/discover)",
      set: (a, v) => (a.protocolEra = protocolEra(v)),
    },
    {
      names: ["--connect-timeout"],
      value: "MS",
      help: "how long connecting and initialize may take (default 15000; 0: no limit)",
      set: (a, v) => (a.connectTimeoutMs = millis(v, "--connect-timeout")),
    },
    {
      names: ["--request-timeout"],
      value: "MS",
      help: "how long a request may wait for its answer (default 60000; 0: no limit)",
      set: (a, v) => (a.requestTimeoutMs = millis(v, "--request-timeout")),
    },
  ],
};

export const AUTH_FLAGS: FlagGroup<AuthArgs> = {
  title: "Authorization (OAuth)",
  flags: [
    {
      names: ["--auth"],
      value: "MODE",
      help: "browser (a person logs in: the default on a terminal; without one, a server that wants a login exits 3) | auto (no person: the authorization server's redirects are followed, for CI) | client-credentials (machine to machine: --client-id with a secret or --client-private-key) | cross-app (enterprise-managed, SEP-990: the ID token in MCP_IDP_ID_TOKEN exchanged at --idp-token-endpoint) | workload (workload identity, SEP-1933: the platform's JWT from --workload-token-file or MCP_WORKLOAD_TOKEN as a jwt-bearer grant) | off",
      set: (a, v) => (a.auth = oneOf(v, AUTH_MODES, "--auth")),
    },
    {
      names: ["--client-id"],
      value: "ID",
      help: "a client registered with the authorization server beforehand",
      set: (a, v) => (a.clientId = v),
    },
    {
      names: ["--client-secret"],
      value: "SECRET",
      help: "its secret (better: MCP_CLIENT_SECRET, which stays out of the process list)",
      set: (a, v) => (a.clientSecret = v),
    },
    {
      names: ["--client-private-key"],
      value: "FILE",
      help: "client-credentials with private_key_jwt (RFC 7523): a PEM private key file",
      set: (a, v) => (a.clientPrivateKey = v),
    },
    {
      names: ["--client-signing-alg"],
      value: "ALG",
      help: "the JWS algorithm for --client-private-key (RS256, ES256, …; default from the key)",
      set: (a, v) => (a.clientSigningAlg = v),
    },
    {
      names: ["--idp-token-endpoint"],
      value: "URL",
      help: "cross-app: the enterprise IdP's token endpoint (RFC 8693 token exchange)",
      set: (a, v) => (a.idpTokenEndpoint = httpUrl(v, "--idp-token-endpoint")),
    },
    {
      names: ["--idp-client-id"],
      value: "ID",
      help: "cross-app: this client's id at the IdP (its secret, if any, in MCP_IDP_CLIENT_SECRET)",
      set: (a, v) => (a.idpClientId = v),
    },
    {
      names: ["--workload-token-file"],
      value: "FILE",
      help: "workload: the file the platform keeps this workload's JWT in (read at each token request; or the JWT in MCP_WORKLOAD_TOKEN)",
      set: (a, v) => (a.workloadTokenFile = v),
    },
    {
      names: ["--dpop"],
      value: "MODE",
      help: "DPoP-bound tokens (RFC 9449): auto (when the server asks or offers ES256: the default) | on | off (Bearer only)",
      set: (a, v) => (a.dpop = oneOf(v, DPOP_CHOICES, "--dpop")),
    },
    {
      names: ["--client-metadata-url"],
      value: "URL",
      help: "a Client ID Metadata Document (the client id is this URL)",
      set: (a, v) => (a.clientMetadataUrl = httpUrl(v, "--client-metadata-url")),
    },
    {
      names: ["--callback-url"],
      value: "URL",
      help: "where the login comes back (loopback only; default: a free port on 127.0.0.1)",
      set: (a, v) => (a.callbackUrl = loopbackUrl(v, "--callback-url")),
    },
    { names: ["--scope"], value: "SCOPE", help: "the scope to ask for when the server names none", set: (a, v) => (a.scope = v) },
    {
      names: ["--auth-allow-origin"],
      value: "ORIGIN",
      help: "without a person (auto, client-credentials, cross-app): an origin other than the authorization server's where its metadata may put the token or registration endpoint (repeatable; otherwise refused)",
      set: (a, v) => (a.allowOrigins ??= []).push(new URL(httpUrl(v, "--auth-allow-origin")).origin),
    },
  ],
};

export const ANSWER_FLAGS: FlagGroup<AnswerArgs> = {
  title: "Answers for the server's requests",
  flags: [
    {
      names: ["--root"],
      value: "URI|PATH",
      help: "a root for roots/list (repeatable; a path becomes a file:// URI); offers roots",
      set: (a, v) => a.roots.push(rootUri(v)),
    },
    {
      names: ["--sampling"],
      value: "FILE|model",
      help: 'canned answers for sampling/createMessage, a JSON file { "rules": [{ "match", "text", "model" }] }, or `model`: the first --model answers (a file named model: ./model); offers sampling',
      set: (a, v) => (v === "model" ? (a.samplingModel = true) : (a.samplingFile = v)),
    },
    {
      names: ["--elicitation"],
      value: "POLICY",
      help: "ask | accept-defaults | decline | cancel (headless: not ask); offers elicitation",
      set: (a, v) => (a.elicitation = oneOf(v, ELICITATION_POLICIES, "--elicitation")),
    },
    {
      names: ["--model"],
      value: "PROVIDER:ID",
      help: "a model for chat, evals and --sampling model: anthropic:…, openai:…, openai-compatible:… (repeatable). Its key only from ANTHROPIC_API_KEY, OPENAI_API_KEY or MODEL_API_KEY, never on the command line",
      set: (a, v) => {
        // A key typed here would sit in the shell's history and the process list: refused before anything runs.
        if (looksLikeKey(v) || looksLikeKey(v.slice(v.indexOf(":") + 1)))
          throw new UsageError(
            "--model takes provider:model-id, and this looks like an API key: never put a key on the command line; set ANTHROPIC_API_KEY, OPENAI_API_KEY or MODEL_API_KEY",
          );
        a.models.push(v);
      },
    },
    {
      names: ["--model-base-url"],
      value: "URL",
      help: "for --model openai-compatible:ID: the server's OpenAI-compatible URL (e.g. http://127.0.0.1:11434/v1 for Ollama); its key, if any, in MODEL_API_KEY",
      set: (a, v) => (a.modelBaseUrl = httpUrl(v, "--model-base-url")),
    },
  ],
};

/**
 * The target operands: a URL alone is --server-url (headless), anything else a command and its
 * arguments. Called with the words the parser left.
 */
export function placeTarget(a: TargetArgs, words: readonly string[], urlOperand: boolean): void {
  if (!words.length) return;
  if (urlOperand && /^https?:\/\//.test(words[0]) && words.length === 1) {
    a.serverUrl = httpUrl(words[0], "the server URL");
    return;
  }
  a.command = words[0];
  a.args = words.slice(1);
}

/** How many targets the flags name; more than one is an error, none may be one. */
export function targetSources(a: TargetArgs): string[] {
  return [
    a.command && "a command",
    a.serverUrl && "--server-url",
    a.config && "--config",
    a.registry && "--registry",
    a.demo && "--demo",
  ].filter((s): s is string => !!s);
}

/** The rules every command that connects to a target checks. */
export function validateTarget(a: TargetArgs & Partial<AuthArgs>): void {
  const sources = targetSources(a);
  if (sources.length > 1) throw new UsageError(`give one target, not ${sources.join(" and ")}`);
  if (a.server && !a.config && !a.registry) throw new UsageError("--server needs --config or --registry");
  // The official CLI picks SSE from a URL path ending in /sse.
  if (a.serverUrl && !a.transport && /\/sse\/?$/.test(new URL(a.serverUrl).pathname)) a.transport = "sse";
  if (a.transport && a.transport !== "stdio" && a.command)
    throw new UsageError(`--transport ${a.transport} needs --server-url, not a command`);
  if (a.transport === "stdio" && a.serverUrl) throw new UsageError("--server-url cannot be used with --transport stdio");
  if (Object.keys(a.headers).length && a.command) throw new UsageError("--header applies to --server-url targets, not to a command");
  if (a.clientPrivateKey && a.clientSecret) throw new UsageError("give --client-secret or --client-private-key, not both");
  if ((a.clientPrivateKey || a.clientSigningAlg) && a.auth !== "client-credentials" && a.auth !== "cross-app")
    throw new UsageError(
      `${a.clientPrivateKey ? "--client-private-key" : "--client-signing-alg"} needs --auth client-credentials or cross-app`,
    );
  if (a.auth === "client-credentials" && !a.clientId)
    throw new UsageError("--auth client-credentials needs --client-id (and --client-secret, MCP_CLIENT_SECRET or --client-private-key)");
  if (a.auth === "cross-app" && (!a.clientId || !a.idpTokenEndpoint))
    throw new UsageError("--auth cross-app needs --client-id and --idp-token-endpoint (and the ID token in MCP_IDP_ID_TOKEN)");
  if (a.workloadTokenFile && a.auth !== "workload") throw new UsageError("--workload-token-file needs --auth workload");
  if ((a.idpTokenEndpoint || a.idpClientId) && a.auth !== "cross-app")
    throw new UsageError(`${a.idpTokenEndpoint ? "--idp-token-endpoint" : "--idp-client-id"} needs --auth cross-app`);
}

/** Headless runs have no person to answer: `ask` would wait forever. */
export function validateHeadlessAnswers(a: AnswerArgs): void {
  if (a.elicitation === "ask")
    throw new UsageError("--elicitation ask needs a person: headless runs take accept-defaults, decline or cancel");
}

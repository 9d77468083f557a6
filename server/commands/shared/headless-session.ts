import { readFileSync } from "node:fs";
import { z } from "zod";
import { CannedRuleSchema, type StandingAnswersPatch } from "../../lib/wire/answers";
import { compileRule } from "../../lib/answers/canned";
import type { AuthSettings, Target } from "../../lib/target/target";
import { capabilitiesFor, type HeadlessSession } from "../harness/headless";
import type { CliOptions } from "../harness/run-cli";
import type { ReplayOptions } from "../harness/run-replay";
import { UsageError, type Env, type LauncherArgs } from "./args";
import { ENV_NAME } from "./flags";

/** A --sampling file: `{ "rules": [{ "match": "…", "text": "…", "model": "…" }] }` or just the array. */
const SamplingFileSchema = z.union([z.object({ rules: z.array(CannedRuleSchema) }), z.array(CannedRuleSchema).transform((rules) => ({ rules }))]);

/** The standing answers the flags give (reads the --sampling file). */
export function answersFromFlags(a: Pick<LauncherArgs, "roots" | "samplingFile" | "elicitation">): StandingAnswersPatch {
  const patch: StandingAnswersPatch = {};
  if (a.roots.length) patch.roots = a.roots.map((uri) => ({ uri }));
  if (a.elicitation) patch.elicitation = a.elicitation;
  if (a.samplingFile) patch.sampling = { enabled: true, rules: readSampling(a.samplingFile) };
  return patch;
}

function readSampling(file: string): z.infer<typeof CannedRuleSchema>[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--sampling: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--sampling: ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = SamplingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--sampling: ${file} is not a list of rules ({ "rules": [{ "match": "…", "text": "…" }] }): ${issue.path.join(".") || "(top)"} ${issue.message}`);
  }
  parsed.data.rules.forEach((r, i) => {
    const matcher = compileRule(r.match);
    if (matcher instanceof Error) throw new UsageError(`--sampling: ${file} rule ${i + 1}: ${matcher.message}`);
  });
  return parsed.data.rules;
}

/**
 * An --env-file: `KEY=VALUE` lines (an optional `export `; spaces around the `=` and the value
 * trimmed; one pair of matching quotes around the value removed), `#` comment lines and blank
 * lines. No expansion, no escapes: the value is what the line says. An error names the line,
 * never its text (it may hold a secret).
 */
export function parseEnvFile(text: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith("#")) return;
      const m = /^(?:export\s+)?([^=\s]+)\s*=(.*)$/.exec(line);
      if (!m || !ENV_NAME.test(m[1])) throw new UsageError(`--env-file: ${file} line ${i + 1} is not KEY=VALUE`);
      const value = m[2].trim();
      const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
      out[m[1]] = quoted ? value.slice(1, -1) : value;
    });
  return out;
}

function readEnvFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--env-file: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

/**
 * The stdio server's environment from the flags: the --env-file values, then -e, then
 * --pass-env (the value of the inspector's own variable by that name: in no command line).
 * `missing`: --pass-env names not set in `env`, for the caller to say so. Replay's --pass-env
 * means the same: a value by name, from the inspector's environment.
 */
export function envFromFlags(a: Pick<LauncherArgs, "env" | "envFiles" | "passEnv">, env: Env): { env: Record<string, string>; missing: string[] } {
  const out: Record<string, string> = {};
  for (const file of a.envFiles) Object.assign(out, parseEnvFile(readEnvFile(file), file));
  Object.assign(out, a.env);
  const missing: string[] = [];
  for (const name of a.passEnv) {
    const value = env[name];
    if (value === undefined) missing.push(name);
    else out[name] = value;
  }
  return { env: out, missing };
}

const NO_LIMIT = 2_147_483_647;

/** OAuth settings from the flags and the environment (MCP_ACCESS_TOKEN, MCP_CLIENT_SECRET). */
export function authFromFlags(a: LauncherArgs, env: Record<string, string | undefined> = process.env): AuthSettings {
  const secret = a.clientSecret ?? env.MCP_CLIENT_SECRET;
  return {
    mode: a.auth ?? "browser",
    ...(a.clientId ? { clientId: a.clientId } : {}),
    ...(secret ? { clientSecret: secret } : {}),
    ...(a.clientMetadataUrl ? { clientMetadataUrl: a.clientMetadataUrl } : {}),
    ...(a.callbackUrl ? { redirectUri: a.callbackUrl } : {}),
    ...(a.scope ? { scope: a.scope } : {}),
    ...(env.MCP_ACCESS_TOKEN ? { accessToken: env.MCP_ACCESS_TOKEN } : {}),
  };
}

/** Everything a headless run connects with, from the flags. Official default connect timeout: 15 s. */
export function headlessSession(a: LauncherArgs, target: Target, onLogin?: (url: string) => void): HeadlessSession {
  const answers = answersFromFlags(a);
  return {
    target,
    answers,
    auth: authFromFlags(a),
    onLogin,
    // --task: offer tasks (the everything server lists its task tools only to a client that does).
    capabilities: { ...capabilitiesFor(answers), tasks: a.task },
    protocolEra: a.protocolEra ?? "auto",
    // 0 means no limit, as in the official CLI.
    timeouts: { initializeMs: a.connectTimeoutMs === 0 ? NO_LIMIT : (a.connectTimeoutMs ?? 15_000), ...(a.requestTimeoutMs !== undefined ? { requestMs: a.requestTimeoutMs || NO_LIMIT } : {}) },
  };
}

/** `--cli`'s options from the flags. */
export function cliOptions(a: LauncherArgs, target: Target, onLogin?: (url: string) => void): CliOptions {
  return { ...a, method: a.method!, toolArgs: a.toolArgsJson ?? a.toolArgs, format: a.format === "json" ? "json" : "text", session: headlessSession(a, target, onLogin) };
}

/** `replay`'s options from the flags (how it asks, and its progress line, are the caller's). */
export function replayOptions(a: LauncherArgs, extra: Pick<ReplayOptions, "progress" | "confirm"> = {}): ReplayOptions {
  return { ...a, sessionFile: a.sessionFile!, ...extra };
}

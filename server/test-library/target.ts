import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { TargetSchema, type ProtocolEraChoice, type Target } from "../../lib/target/target";
import type { TransportFactory } from "../engine";
import { readFailure } from "../read-failure";
import { McpHarnessError } from "./errors";
import { inProcessTransports, isInProcessServer } from "./in-process";
import type { InProcessServer, TargetInput } from "./types";

/** A target as the engine takes it, plus how to reach it when that is not a process or a URL. */
export interface ResolvedTarget {
  target: Target;
  transports?: TransportFactory;
  /** The config file's protocolEra, used when the caller gave none. */
  protocolEra?: ProtocolEraChoice;
  /** How the target reads in messages: the command line, the URL, "in-process Name". */
  label: string;
}

const call = (what: string) => `connect(${what})`;

/** Read one of the library's target forms; a form that is none of them is a usage error naming what was given. */
export async function resolveTarget(input: TargetInput, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedTarget> {
  if (isInProcessServer(input)) return inProcess(input);
  const wrapped = (input as { inProcess?: unknown }).inProcess;
  if (isInProcessServer(wrapped)) return inProcess(wrapped);
  const o = input as Record<string, unknown>;
  if (typeof o.config === "string") return fromConfig(o.config, typeof o.server === "string" ? o.server : undefined, env);
  const target = parsed(input, env);
  return { target, label: target.transport === "stdio" ? [target.command, ...target.args].join(" ") : target.url };
}

function inProcess(server: InProcessServer): ResolvedTarget {
  return {
    // The record and a saved session name it like a command; nothing is ever spawned for it.
    // (The server's own name comes in the handshake: its serverInfo is private to the SDK.)
    target: { transport: "stdio", command: "(in-process)", args: [], env: {} },
    transports: inProcessTransports(server),
    label: "an in-process server",
  };
}

function parsed(input: TargetInput, env: NodeJS.ProcessEnv): Target {
  const o = input as Record<string, unknown>;
  let candidate: unknown;
  if (typeof o.command === "string") {
    const passed = Object.fromEntries(
      ((o.passEnv as string[] | undefined) ?? []).flatMap((k) => (env[k] !== undefined ? [[k, env[k]!]] : [])),
    );
    candidate = { transport: "stdio", command: o.command, args: o.args ?? [], env: { ...passed, ...(o.env as object) }, cwd: o.cwd };
  } else if (typeof o.url === "string" || o.url instanceof URL) {
    candidate = { transport: o.transport ?? "http", url: String(o.url), headers: o.headers ?? {} };
  } else {
    throw new McpHarnessError(
      "usage",
      "connect()",
      "the target is none of { command, args }, { url }, { config, server } or an SDK server object (McpServer/Server)",
    );
  }
  const r = TargetSchema.safeParse(candidate);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new McpHarnessError("usage", "connect()", `the target's ${issue.path.join(".") || "shape"} is wrong: ${issue.message}`);
  }
  return r.data;
}

async function fromConfig(file: string, server: string | undefined, env: NodeJS.ProcessEnv): Promise<ResolvedTarget> {
  // The hosts' readers (opencode, Copilot CLI, Cline, Qwen Code, JSONC) load only for a config file:
  // a connect() to a command or a URL never pays for them (the libraryKiB budget).
  const { targetFromConfigFile } = await import("../../lib/target/config-target");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new McpHarnessError("usage", call(`{ config: "${file}" }`), `cannot read ${file}: ${readFailure(e)}`);
  }
  try {
    // Read as its host reads it: opencode, Copilot CLI, Cline and Qwen Code in their own terms.
    const found = targetFromConfigFile(text, file, server, env, {
      home: homedir(),
      abs: path.resolve(file),
      cwd: process.cwd(),
      sep: path.sep,
      readFile: (p) => readFileSync(p, "utf8"),
    });
    const t = found.target;
    // A relative cwd in the file is relative to the file, as the CLI reads it.
    const target = t.transport === "stdio" && t.cwd ? { ...t, cwd: path.resolve(path.dirname(file), t.cwd) } : t;
    return { target, protocolEra: found.protocolEra, label: `${found.name} (${file})` };
  } catch (e) {
    throw new McpHarnessError("usage", call(`{ config: "${file}" }`), (e as Error).message);
  }
}

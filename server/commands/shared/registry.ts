import type { Target } from "../../../lib/target/target";
import { UsageError } from "../usage-error";
import type { Env } from "./env-flags";
import { asRecord } from "../../../lib/json/shape";

/**
 * An MCP registry `server.json` entry (or a list of them, or a registry API response):
 * `packages` run through their runtime (npm → npx, pypi → uvx, oci → docker run), `remotes`
 * connect by URL. Placeholders `{name}` in arguments, URLs and headers come from the environment.
 */
interface Argument {
  type?: "positional" | "named";
  name?: string;
  value?: string;
  valueHint?: string;
  default?: string;
  isRequired?: boolean;
  isRepeated?: boolean;
}
interface KeyValue {
  name: string;
  value?: string;
  default?: string;
  isRequired?: boolean;
  isSecret?: boolean;
}
interface Package {
  registryType?: string;
  registry_type?: string;
  identifier?: string;
  name?: string;
  version?: string;
  runtimeHint?: string;
  runtimeArguments?: Argument[];
  packageArguments?: Argument[];
  environmentVariables?: KeyValue[];
  transport?: { type?: string; url?: string; headers?: KeyValue[] };
}
interface Remote {
  type?: string;
  transport_type?: string;
  url: string;
  headers?: KeyValue[];
}
interface ServerJson {
  name?: string;
  packages?: Package[];
  remotes?: Remote[];
}

export function targetFromRegistry(text: string, file: string, serverName: string | undefined, env: Env): { name: string; target: Target } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const servers = listServers(json);
  if (servers.length === 0) throw new UsageError(`${file} holds no registry server entry (expected "packages" or "remotes")`);
  let server: ServerJson | undefined;
  if (serverName === undefined) {
    if (servers.length > 1)
      throw new UsageError(
        `${file} has ${servers.length} servers (${servers.map((s) => s.name).join(", ")}): choose one with --server NAME`,
      );
    server = servers[0];
  } else {
    server = servers.find((s) => s.name === serverName || s.name?.split("/").pop() === serverName);
    if (!server) throw new UsageError(`server "${serverName}" is not in ${file} (it has: ${servers.map((s) => s.name).join(", ")})`);
  }
  const name = server.name ?? "server";
  const where = `${file}: ${name}`;
  const pkg = server.packages?.[0];
  if (pkg) return { name, target: packageTarget(pkg, env, where) };
  const remote = server.remotes?.[0];
  if (remote) return { name, target: remoteTarget(remote, env, where) };
  throw new UsageError(`${where} has neither packages nor remotes`);
}

function listServers(json: unknown): ServerJson[] {
  const one = (x: unknown): ServerJson | undefined => {
    const o = x as ServerJson & { server?: ServerJson };
    if (o && typeof o === "object" && o.server && typeof o.server === "object") return one(o.server);
    if (o && typeof o === "object" && (Array.isArray(o.packages) || Array.isArray(o.remotes))) return o;
    return undefined;
  };
  if (Array.isArray(json)) return json.map(one).filter((x): x is ServerJson => !!x);
  const servers = asRecord(json).servers;
  if (Array.isArray(servers)) return servers.map(one).filter((x): x is ServerJson => !!x);
  const s = one(json);
  return s ? [s] : [];
}

function packageTarget(pkg: Package, env: Env, where: string): Target {
  const type = pkg.registryType ?? pkg.registry_type;
  const id = pkg.identifier ?? pkg.name;
  if (!id) throw new UsageError(`${where}: package has no identifier`);
  const t = pkg.transport?.type ?? "stdio";
  if (t !== "stdio") {
    // A package serving HTTP would need starting and then connecting; say so rather than guess a port.
    throw new UsageError(`${where}: package transport "${t}" needs the server started separately; run it and use --server-url`);
  }
  const runtimeArgs = expandArgs(pkg.runtimeArguments ?? [], env, where);
  const packageArgs = expandArgs(pkg.packageArguments ?? [], env, where);
  const pkgEnv: Record<string, string> = {};
  for (const v of pkg.environmentVariables ?? []) {
    const value = env[v.name] ?? fill(v.value, env, where) ?? v.default;
    if (value === undefined) {
      if (v.isRequired) throw new UsageError(`${where}: environment variable ${v.name} is required (set it, or pass -e ${v.name}=…)`);
      continue;
    }
    pkgEnv[v.name] = value;
  }
  const versioned = (sep: string) => (pkg.version ? `${id}${sep}${pkg.version}` : id);
  switch (type) {
    case "npm":
      return {
        transport: "stdio",
        command: pkg.runtimeHint ?? "npx",
        args: [...(runtimeArgs.length ? runtimeArgs : ["-y"]), versioned("@"), ...packageArgs],
        env: pkgEnv,
      };
    case "pypi":
      return {
        transport: "stdio",
        command: pkg.runtimeHint ?? "uvx",
        args: [...runtimeArgs, versioned("=="), ...packageArgs],
        env: pkgEnv,
      };
    case "oci": {
      const envFlags = Object.keys(pkgEnv).flatMap((k) => ["-e", k]);
      const image = id.includes(":") || !pkg.version ? id : `${id}:${pkg.version}`;
      return {
        transport: "stdio",
        command: pkg.runtimeHint ?? "docker",
        args: ["run", "-i", "--rm", ...envFlags, ...runtimeArgs, image, ...packageArgs],
        env: pkgEnv,
      };
    }
    default:
      throw new UsageError(`${where}: registryType "${type}" is not supported (npm, pypi, oci are)`);
  }
}

function remoteTarget(remote: Remote, env: Env, where: string): Target {
  const type = remote.type ?? remote.transport_type;
  const headers: Record<string, string> = {};
  for (const h of remote.headers ?? []) {
    const value = fill(h.value, env, where) ?? env[h.name] ?? h.default;
    if (value === undefined) {
      if (h.isRequired) throw new UsageError(`${where}: header ${h.name} is required (set ${h.name} in the environment)`);
      continue;
    }
    headers[h.name] = value;
  }
  const url = fill(remote.url, env, where)!;
  if (type !== "streamable-http" && type !== "sse")
    throw new UsageError(`${where}: remote type "${type}" is not supported (streamable-http, sse are)`);
  return { transport: type === "sse" ? "sse" : "http", url, headers };
}

function expandArgs(args: Argument[], env: Env, where: string): string[] {
  const out: string[] = [];
  for (const a of args) {
    const value = fill(a.value ?? a.default, env, where);
    if (a.type === "named") {
      if (!a.name) continue;
      if (value === undefined) out.push(a.name);
      else out.push(a.name, value);
    } else if (value !== undefined) out.push(value);
    else if (a.isRequired) throw new UsageError(`${where}: a required positional argument (${a.valueHint ?? "value"}) has no value`);
  }
  return out;
}

/** Replace `{name}` placeholders from the environment; a missing variable is an error. */
function fill(s: string | undefined, env: Env, where: string): string | undefined {
  if (s === undefined) return undefined;
  return s.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const v = env[name];
    if (v === undefined) throw new UsageError(`${where}: {${name}} needs the environment variable ${name}`);
    return v;
  });
}

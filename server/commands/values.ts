import path from "node:path";
import { pathToFileURL } from "node:url";
import { LOG_LEVELS, isLogLevel } from "../../lib/protocol/log-levels";
import { isProtocolEraChoice, type ProtocolEraChoice } from "../../lib/target/protocol-era";
import { UsageError } from "./usage-error";

export type Transport = "stdio" | "sse" | "http";

/** The values of flags: each parser names its flag and what it got, and says what it wants. */

export function oneOf<T extends string>(v: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}; got "${v}"`);
}

/** KEY=VALUE with a key and a value, as the official CLI requires ("e=" is refused). */
export function keyValue(v: string, flag: string): Record<string, string> {
  const eq = v.indexOf("=");
  if (eq <= 0 || eq === v.length - 1) throw new UsageError(`${flag} expects KEY=VALUE with both parts, got "${v}"`);
  return { [v.slice(0, eq)]: v.slice(eq + 1) };
}

/** key=value, the value parsed as JSON when it is JSON (numbers, booleans, objects), else a string. */
export function toolArg(v: string, flag = "--tool-arg"): Record<string, unknown> {
  const [key, raw] = Object.entries(keyValue(v, flag))[0];
  try {
    return { [key]: JSON.parse(raw) };
  } catch {
    return { [key]: raw };
  }
}

export function jsonObject(v: string, flag: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(v);
  } catch (e) {
    throw new UsageError(`${flag} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new UsageError(`${flag} must be a JSON object, got ${JSON.stringify(parsed)}`);
  return parsed as Record<string, unknown>;
}

export function logLevel(v: string): string {
  if (isLogLevel(v)) return v;
  throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}; got "${v}"`);
}

export function header(v: string): Record<string, string> {
  const colon = v.indexOf(":");
  if (colon <= 0) throw new UsageError(`--header expects "Name: Value", got "${v}"`);
  const name = v.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`--header: "${name}" is not a valid header name`);
  return { [name]: v.slice(colon + 1).trim() };
}

export function transport(v: string): Transport {
  if (v === "streamable-http") return "http";
  if (v === "stdio" || v === "sse" || v === "http") return v;
  throw new UsageError(`--transport must be stdio, sse or http, got "${v}"`);
}

export function httpUrl(v: string, flag: string): string {
  try {
    const u = new URL(v);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
    return v;
  } catch {
    throw new UsageError(`${flag} must be an http(s) URL, got "${v}"`);
  }
}

export function loopbackUrl(v: string, flag: string): string {
  const u = new URL(httpUrl(v, flag));
  if (!/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(u.hostname))
    throw new UsageError(`${flag} must be a loopback URL (127.0.0.1, localhost, [::1]): the login's code comes back to it; got "${v}"`);
  return v;
}

export function port(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${v}"`);
  return n;
}

export function protocolEra(v: string): ProtocolEraChoice {
  if (!isProtocolEraChoice(v)) throw new UsageError(`--protocol-era must be legacy, auto or modern, got "${v}"`);
  return v;
}

export function millis(v: string, flag: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a number of milliseconds, got "${v}"`);
  return Number(v);
}

/** A root as the spec wants it (a URI); a plain path becomes the file:// URI of its absolute form. */
export function rootUri(v: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    try {
      return new URL(v).href;
    } catch {
      throw new UsageError(`--root: "${v}" is not a valid URI`);
    }
  }
  if (!v || /^[a-z][a-z0-9+.-]*:/i.test(v)) throw new UsageError(`--root expects a URI (file:///…) or a path, got "${v}"`);
  return pathToFileURL(path.resolve(v)).href;
}

/** An environment variable's name, as POSIX shells accept one. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A variable's name; anything else is not repeated: a token pasted by mistake would land in a log (red-team 7). */
export function envName(v: string, flag = "--pass-env"): string {
  if (ENV_NAME.test(v)) return v;
  const name = v.slice(0, v.indexOf("="));
  if (flag === "--pass-env" && ENV_NAME.test(name))
    throw new UsageError(`--pass-env takes a variable's name only; to set ${name} to a value, use -e ${name}=VALUE`);
  throw new UsageError(`${flag} expects a variable's name (letters, digits, _); what was given is not repeated (it may be a secret)`);
}

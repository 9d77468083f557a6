import { type ProtocolEraChoice } from "../../lib/target/protocol-era";
export type Transport = "stdio" | "sse" | "http";
/** The values of flags: each parser names its flag and what it got, and says what it wants. */
export declare function oneOf<T extends string>(v: string, allowed: readonly T[], flag: string): T;
/** KEY=VALUE with a key and a value, as the official CLI requires ("e=" is refused). */
export declare function keyValue(v: string, flag: string): Record<string, string>;
/** key=value, the value parsed as JSON when it is JSON (numbers, booleans, objects), else a string. */
export declare function toolArg(v: string, flag?: string): Record<string, unknown>;
export declare function jsonObject(v: string, flag: string): Record<string, unknown>;
export declare function logLevel(v: string): string;
export declare function header(v: string): Record<string, string>;
export declare function transport(v: string): Transport;
export declare function httpUrl(v: string, flag: string): string;
export declare function loopbackUrl(v: string, flag: string): string;
export declare function port(v: string): number;
export declare function protocolEra(v: string): ProtocolEraChoice;
export declare function millis(v: string, flag: string): number;
/** A root as the spec wants it (a URI); a plain path becomes the file:// URI of its absolute form. */
export declare function rootUri(v: string): string;
/** An environment variable's name, as POSIX shells accept one. */
export declare const ENV_NAME: RegExp;
/** A variable's name; anything else is not repeated: a token pasted by mistake would land in a log (red-team 7). */
export declare function envName(v: string, flag?: string): string;

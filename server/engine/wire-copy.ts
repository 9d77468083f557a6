/**
 * What a JSON wire would hand the other side, without the wire: `JSON.parse(JSON.stringify(v))`
 * and the byte length of that text, made in one walk. An in-process pair gives each side its own
 * copy of every frame this way: a JSON round trip cost each in-process call a stringify and a
 * parse per frame (bench figure 9.2, profiled), where a walk that copies and counts at once costs
 * under half of that for the small frames a test makes.
 *
 * The walk takes only plain data: objects whose prototype is Object.prototype or null, arrays,
 * strings, finite numbers, booleans and null (with JSON's rules for undefined, functions and
 * symbols). Anything else (a class instance, a Date or anything with toJSON, a boxed primitive,
 * a BigInt, a non-finite number, a nesting deeper than DEPTH_MAX, which a cycle also reaches) goes
 * through the JSON round trip itself, so the copy and its errors are always JSON's own.
 */

export interface WireCopy<T = unknown> {
  /** The value as the other side would parse it. */
  value: T;
  /** The UTF-8 byte length of the value's JSON text. */
  bytes: number;
}

/** Deeper than this, JSON's own round trip decides (it throws on a cycle, as a wire would). */
const DEPTH_MAX = 64;

/** Characters JSON.stringify escapes (quote, backslash, controls, lone surrogates): such a string is measured by its JSON text. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Thrown inside the walk when the value is not plain data: the round trip takes over. */
const NOT_PLAIN = Symbol("not plain JSON data");

/** Bytes counted by the walk so far (module state: the walk is synchronous and never re-entered). */
let bytes = 0;

/** A copy of `value` as a JSON wire would deliver it, and the byte length of its JSON text. Throws as JSON.stringify does. */
export function wireCopy<T>(value: T): WireCopy<T> {
  bytes = 0;
  try {
    // The walk reads members with for-in (V8's fast path); that would also see what someone added
    // to Object.prototype, and a toJSON there changes JSON's answer: either sends all to JSON itself.
    if (prototypesTouched()) throw NOT_PLAIN;
    return { value: copy(value, 0) as T, bytes };
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    const text = JSON.stringify(value);
    // JSON.stringify gives undefined for a value with no JSON form (undefined, a function): so does a wire.
    return text === undefined ? { value: undefined as T, bytes: 0 } : { value: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
  }
}

/** True when Object.prototype has an enumerable member, or either prototype a toJSON. */
function prototypesTouched(): boolean {
  for (const _ in Object.prototype) return true;
  return (Object.prototype as { toJSON?: unknown }).toJSON !== undefined || (Array.prototype as { toJSON?: unknown }).toJSON !== undefined;
}

function copy(v: unknown, depth: number): unknown {
  switch (typeof v) {
    case "string":
      bytes += stringBytes(v);
      return v;
    case "number":
      if (!Number.isFinite(v)) throw NOT_PLAIN;
      bytes += numberChars(v);
      // -0 is written "0".
      return v === 0 ? 0 : v;
    case "boolean":
      bytes += v ? 4 : 5;
      return v;
    case "object":
      if (v === null) {
        bytes += 4;
        return null;
      }
      if (depth >= DEPTH_MAX) throw NOT_PLAIN;
      return Array.isArray(v) ? copyArray(v, depth + 1) : copyObject(v, depth + 1);
    default:
      // undefined, a function, a symbol at the top, or a BigInt (which JSON refuses): JSON's own rules.
      throw NOT_PLAIN;
  }
}

function copyArray(a: unknown[], depth: number): unknown[] {
  if (Object.getPrototypeOf(a) !== Array.prototype) throw NOT_PLAIN;
  const n = a.length;
  const out = new Array<unknown>(n);
  bytes += n > 0 ? n + 1 : 2;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (x === undefined || typeof x === "function" || typeof x === "symbol") {
      bytes += 4;
      out[i] = null;
    } else out[i] = copy(x, depth);
  }
  return out;
}

function copyObject(o: object, depth: number): Record<string, unknown> {
  const proto = Object.getPrototypeOf(o) as unknown;
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  let written = 0;
  for (const k in o) {
    const x = (o as Record<string, unknown>)[k];
    if (x === undefined || typeof x === "symbol") continue;
    if (typeof x === "function") {
      if (k === "toJSON") throw NOT_PLAIN;
      continue;
    }
    // An own "__proto__" (JSON.parse makes one) would set the copy's prototype instead.
    if (k === "__proto__") throw NOT_PLAIN;
    written++;
    // `"key":` and the comma before every member but the first.
    bytes += stringBytes(k) + 1;
    out[k] = copy(x, depth);
  }
  bytes += written > 0 ? written + 1 : 2;
  return out;
}

/** Up to this length a string is measured by a loop over its characters; past it, natively. */
const SHORT = 64;

/** The bytes of a string's JSON text, quotes included. */
function stringBytes(s: string): number {
  const n = s.length;
  if (n > SHORT) return ESCAPED.test(s) ? Buffer.byteLength(JSON.stringify(s)) : Buffer.byteLength(s) + 2;
  let extra = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20 || c === 0x22 || c === 0x5c) return Buffer.byteLength(JSON.stringify(s));
    } else if (c < 0x800) extra += 1;
    else if (c >= 0xd800 && c <= 0xdfff) return Buffer.byteLength(JSON.stringify(s));
    else extra += 2;
  }
  return n + extra + 2;
}

/** The characters of a finite number's JSON text (all ASCII). */
function numberChars(n: number): number {
  if (!Number.isSafeInteger(n)) return String(n).length;
  let digits = n < 0 ? 2 : 1;
  for (let m = Math.abs(n); m >= 10; m = Math.floor(m / 10)) digits++;
  return digits;
}

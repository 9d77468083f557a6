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
/** A copy of `value` as a JSON wire would deliver it, and the byte length of its JSON text. Throws as JSON.stringify does. */
export declare function wireCopy<T>(value: T): WireCopy<T>;

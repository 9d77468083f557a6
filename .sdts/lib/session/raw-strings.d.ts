/**
 * The strings of a JSON text as its reader would see them, every one: decoded from their escapes
 * (`\u0073k-…`, `\/`) and including those a duplicate key hides from JSON.parse, which keeps only
 * the last value of a key. A key followed by a string value comes as `{ key: value }`, so a
 * secret-named key is judged with its value; every other string comes alone.
 */
export declare function rawStrings(raw: string): unknown[];

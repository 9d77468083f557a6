import { type Filled } from "../../lib/collections/variables";
/** The value with every filled value (in any string, key or equal number) replaced by `[redacted: ${NAME}]`. */
export declare function redactFilled<T>(value: T, filled: ReadonlyMap<string, string>): T;
/** The values themselves, for the session redaction's `extra` (it finds their escaped forms in raw frames itself). */
export declare function filledValues(filled: ReadonlyMap<string, string>): string[];
export declare function noteFilled(record: object, filled: Filled): void;
/** The values collection runs filled into this record's requests (empty when none did). */
export declare function filledOn(record: object): string[];
/** The same, by name, for redactFilled (its marker names the variable). */
export declare function filledByNameOn(record: object): ReadonlyMap<string, string>;

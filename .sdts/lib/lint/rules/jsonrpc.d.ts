import { type Classified, type Family, type Rule } from "../rule";
export declare const VERSION: Rule;
export declare const ID_TYPE: Rule;
export declare const RESULT_XOR_ERROR: Rule;
export declare const ERROR_CODE: Rule;
export declare const ERROR_SHAPE: Rule;
export declare const BATCH: Rule;
export declare const INVALID_MESSAGE: Rule;
export declare const UNDELIVERED: Rule;
/** Sort a parsed frame by JSON-RPC shape, without judging it. */
export declare function classify(m: unknown): Classified;
export declare function jsonrpcFamily(): Family;

import { type Family, type Rule } from "../rule";
export declare const RESULT_TYPE: Rule;
export declare const INPUT_REQUIRED: Rule;
export declare const DISCOVER_RESULT: Rule;
export declare const CACHE_HINTS: Rule;
export declare function modernResultsFamily(): Family;

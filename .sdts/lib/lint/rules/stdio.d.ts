import { type Family, type Rule } from "../rule";
export declare const NON_JSON: Rule;
export declare const INVALID_UTF8: Rule;
export declare function stdioFamily(): Family;

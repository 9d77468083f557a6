import { type Family, type Rule } from "../rule";
export declare const REPEATED_CURSOR: Rule;
export declare function paginationFamily(): Family;

import { type Family, type Rule } from "../rule";
export declare const ABOVE_LEVEL: Rule;
export declare function loggingFamily(): Family;

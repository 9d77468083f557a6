import { type Family, type Rule } from "../rule";
export declare const REQUEST: Rule;
export declare const NOTIFICATION: Rule;
export declare const RESULT: Rule;
export declare function schemaFamily(): Family;

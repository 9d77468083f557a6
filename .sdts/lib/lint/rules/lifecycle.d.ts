import { type Family, type Rule } from "../rule";
export declare const BEFORE_INITIALIZATION: Rule;
export declare const PROTOCOL_VERSION: Rule;
export declare function lifecycleFamily(): Family;

import { type Family, type Rule } from "../rule";
export declare const UNKNOWN_ID: Rule;
export declare const DUPLICATE_RESPONSE: Rule;
export declare const REUSED_ID: Rule;
export declare const UNANSWERED: Rule;
export declare function pairingFamily(): Family;

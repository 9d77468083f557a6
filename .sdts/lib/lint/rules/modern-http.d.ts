import { type Family, type Rule } from "../rule";
export declare const ROUTING_HEADERS: Rule;
export declare const SESSION_ID: Rule;
export declare function modernHttpFamily(): Family;

import { type Family, type Rule } from "../rule";
export declare const CLIENT_NOT_OFFERED: Rule;
export declare const SERVER_NOT_DECLARED: Rule;
export declare function capabilitiesFamily(): Family;

import { type Family, type Rule } from "../rule";
export declare const REQUEST_ENVELOPE: Rule;
export declare const ERA_MISMATCH: Rule;
export declare function modernEraFamily(): Family;

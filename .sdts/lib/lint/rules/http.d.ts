import type { Family, Rule } from "../rule";
export declare const REPLAYED_OTHER_STREAM: Rule;
export declare function httpFamily(): Family;

import type { Family, Rule } from "../rule";
export declare const APP_RULES: readonly Rule[];
/** The App lint as a family of the record's linter. */
export declare function appsFamily(): Family;

import type { Family, Rule } from "../rule";
export declare const AUTH_PROBLEM: Rule;
export declare function authFamily(): Family;

import { type Family } from "../rule";
export declare function portabilityFamily(): Family;

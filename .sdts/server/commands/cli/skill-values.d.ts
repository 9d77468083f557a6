/** A positive integer written as plain decimal digits (the official CLI's --skill-catalog-max-* parser). */
export declare function positiveInteger(v: string, flag: string): number;

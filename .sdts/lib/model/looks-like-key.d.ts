/** True when `text` looks like an API key rather than a model name. */
export declare function looksLikeKey(text: string): boolean;

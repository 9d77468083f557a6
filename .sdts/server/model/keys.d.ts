import { type KeyVariable } from "../../lib/model/spec";
/** What a masked key shows as, in errors, the record and the page. */
export declare const MASK = "\u2022\u2022\u2022\u2022";
/**
 * The model keys of this backend process, in memory only: never written to a file, the record,
 * a link or a child's argv or environment (issue 40). Filled from the environment at start and
 * from what the person types in the page.
 */
export declare class KeyStore {
    private readonly keys;
    /** The search for every held key in every form a text may carry it, made again when a key changes. */
    private forms?;
    /** The keys in ANTHROPIC_API_KEY, OPENAI_API_KEY and MODEL_API_KEY (the environment is left as it is). */
    static fromEnv(env: NodeJS.ProcessEnv): KeyStore;
    set(variable: KeyVariable | string, key: string): void;
    has(variable: KeyVariable | string): boolean;
    get(variable: KeyVariable | string): string | undefined;
    /** Which variables hold a key (names only: what the page may be told). */
    variables(): string[];
    /**
     * `text` with every held key, and the head of every long key, replaced by "••••": as written and
     * in every form an answer may carry it (issue 52 item 4: JSON-escaped, percent-encoded, in
     * another case, split by invisible characters, hex, base64 or base64url at any alignment, split
     * across a stream's chunks; lib/session/secret-forms.ts).
     */
    mask(text: string): string;
    /** A value (an event, a tool call's arguments) with every string in it, object keys included, masked. */
    maskDeep<T>(value: T): T;
}

/** RFC 7636 §4.1-4.2: a 43-character verifier and its S256 challenge. */
export declare function createPkce(): {
    verifier: string;
    challenge: string;
};
/** A state value no one can guess (RFC 6749 §10.12). */
export declare function randomState(): string;

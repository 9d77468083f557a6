/** The SHA-256 of the bytes as a SEP-2640 digest: `sha256:` and 64 lowercase hex digits. */
export declare function sha256Digest(bytes: Uint8Array): string;

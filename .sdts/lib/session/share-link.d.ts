import { type SessionFile } from "./file";
/**
 * Share links carry the whole session in the URL fragment, which browsers never send to a
 * server: `<inspector>/#session=v1.<base64url(deflate-raw(JSON))>`. No account, no upload.
 */
export declare const LINK_PREFIX = "session=v1.";
/** Above this a link is refused: browsers and chat tools cut long URLs. Offer the file instead. */
export declare const MAX_LINK_BYTES: number;
/** A link's session inflates to at most this: a 64 KB link of real traffic is a few MB; a bomb stops here. */
export declare const MAX_INFLATED_BYTES: number;
export declare function encodeSessionLink(session: SessionFile, base: string): Promise<{
    url: string;
    bytes: number;
}>;
/** Decode a link (or just its fragment) back into a session, with a clear message when it cannot. */
export declare function decodeSessionLink(link: string): Promise<{
    ok: true;
    session: SessionFile;
} | {
    ok: false;
    message: string;
}>;
export declare function toBase64Url(bytes: Uint8Array): string;
export declare function fromBase64Url(s: string): Uint8Array<ArrayBuffer>;

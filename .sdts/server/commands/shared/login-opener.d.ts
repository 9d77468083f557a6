import type { Env } from "./env-flags";
/**
 * A headless login: the URL on stderr (it is the person's to open) and in the browser. The URL
 * comes from the authorization server's metadata: anything but http(s) is refused, not opened.
 */
export declare function loginOpener(env: Env): (url: string) => void;

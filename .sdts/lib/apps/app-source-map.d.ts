import { APP_FRAMES_MAX, APP_FRAME_URL_MAX, type AppFrame, type MappedFrame } from "./app-frames";
export { APP_FRAMES_MAX, APP_FRAME_URL_MAX };
export type { AppFrame, AppSourceMapReply, MappedFrame, OriginalPlace } from "./app-frames";
/** The distinct external-script frames of a stack (and of the report's own place), at most APP_FRAMES_MAX. */
export declare function appFramesOf(stack: string | undefined, where?: {
    source?: string;
    line?: number;
    column?: number;
}): AppFrame[];
/**
 * The distinct frames of a stack (and of the report's own place) in the App's own HTML, at most
 * APP_FRAMES_MAX: the reporter names them by the App's resource `uri` (`ui://x/app.html:12:5`,
 * lib/apps/app-errors.ts). An inline script's map resolves them (lib/apps/app-inline-maps.ts).
 */
export declare function inlineFramesOf(stack: string | undefined, where: {
    source?: string;
    line?: number;
    column?: number;
}, uri: string): AppFrame[];
/** "src/app.ts:20:1" */
export declare const placeText: (p: {
    source: string;
    line: number;
    column: number;
}) => string;
/** The stack with each mapped frame's original place written before its bundle place: "src/app.ts:20:1 (https://…/app.js:11:62)". */
export declare function mappedStackOf(stack: string, frames: readonly MappedFrame[]): string;
/**
 * Why the backend may not fetch this URL for an App, or undefined when it may: https, or http on
 * loopback, and an origin the App's CSP allows scripts and resources from (`allowed`: its
 * resourceDomains as declared, or as relaxed this session). A CSP source is an origin
 * (`https://cdn.example.com`) or a wildcard host (`https://*.example.com`); nothing wider counts.
 */
export declare function appFetchRefusal(url: string, allowed: readonly string[]): string | undefined;

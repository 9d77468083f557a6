import type { AppEntry, Entry } from "../../lib/record/format";
import type { AppCspViolation, AppMessage, AppRequest, AppToolResult } from "./types";
/** The App entries of one rendered App, oldest first. */
export declare function appEntries(entries: readonly Entry[], appId: string): AppEntry[];
/** Every message both ways (CSP violation reports are not messages: see cspViolationsOf). */
export declare function messagesOf(app: readonly AppEntry[]): AppMessage[];
/** The App's requests, each with the host's answer: the response entry the record paired with it. */
export declare function requestsOf(app: readonly AppEntry[], method?: string): AppRequest[];
export declare function notificationsOf(app: readonly AppEntry[], method?: string): AppMessage[];
export declare function sizeChangesOf(app: readonly AppEntry[]): {
    width?: number;
    height?: number;
}[];
export declare function cspViolationsOf(app: readonly AppEntry[]): AppCspViolation[];
/** The host's hand-over of the tool's outcome: the result, or undefined when it sent tool-cancelled. */
export declare function toolResultOf(app: readonly AppEntry[]): {
    handed: boolean;
    result?: AppToolResult;
};
/** The App ids rendered for `tool` so far. */
export declare function appIdsOf(entries: readonly Entry[], tool: string): Set<string>;
/** The tools of the newest tools/list answer in the record: name to what the page shows (title, else name), and whether it has an App. */
export declare function listedTools(entries: readonly Entry[]): Map<string, {
    label: string;
    app: boolean;
}> | undefined;

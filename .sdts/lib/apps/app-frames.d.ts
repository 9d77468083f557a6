import * as z from "zod";
/**
 * The `app-source-map` command's shapes (issue 73): an App error's frames in external scripts and
 * their original places (lib/apps/app-source-map.ts reads and shows them). Apart from that module
 * so the wire's schemas stay small in what the launcher loads (test/budgets).
 */
/** At most this many distinct frames of one stack are resolved (a stack is cut at 4000 characters anyway). */
export declare const APP_FRAMES_MAX = 20;
/** A script's or a map's URL, and a source's name, past this are not taken. */
export declare const APP_FRAME_URL_MAX = 2000;
export declare const AppFrameSchema: z.ZodObject<{
    url: z.ZodString;
    line: z.ZodNumber;
    column: z.ZodNumber;
}, z.core.$strip>;
export type AppFrame = z.infer<typeof AppFrameSchema>;
/** Where a frame was in the original sources, as the map says (1-based line and column). */
export declare const OriginalPlaceSchema: z.ZodObject<{
    source: z.ZodString;
    line: z.ZodNumber;
    column: z.ZodNumber;
}, z.core.$strip>;
export type OriginalPlace = z.infer<typeof OriginalPlaceSchema>;
export declare const MappedFrameSchema: z.ZodObject<{
    url: z.ZodString;
    line: z.ZodNumber;
    column: z.ZodNumber;
    original: z.ZodOptional<z.ZodObject<{
        source: z.ZodString;
        line: z.ZodNumber;
        column: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type MappedFrame = z.infer<typeof MappedFrameSchema>;
/** The `app-source-map` reply: each frame asked, with its original place when a map had one; a note per map that could not be used. */
export declare const AppSourceMapReplySchema: z.ZodObject<{
    frames: z.ZodArray<z.ZodObject<{
        url: z.ZodString;
        line: z.ZodNumber;
        column: z.ZodNumber;
        original: z.ZodOptional<z.ZodObject<{
            source: z.ZodString;
            line: z.ZodNumber;
            column: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    notes: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type AppSourceMapReply = z.infer<typeof AppSourceMapReplySchema>;

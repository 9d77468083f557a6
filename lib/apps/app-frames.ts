import * as z from "zod";

/**
 * The `app-source-map` command's shapes (issue 73): an App error's frames in external scripts and
 * their original places (lib/apps/app-source-map.ts reads and shows them). Apart from that module
 * so the wire's schemas stay small in what the launcher loads (test/budgets).
 */

/** At most this many distinct frames of one stack are resolved (a stack is cut at 4000 characters anyway). */
export const APP_FRAMES_MAX = 20;
/** A script's or a map's URL, and a source's name, past this are not taken. */
export const APP_FRAME_URL_MAX = 2000;

export const AppFrameSchema = z.object({
  url: z.string().min(1).max(APP_FRAME_URL_MAX),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type AppFrame = z.infer<typeof AppFrameSchema>;

/** Where a frame was in the original sources, as the map says (1-based line and column). */
export const OriginalPlaceSchema = z.object({
  source: z.string().max(APP_FRAME_URL_MAX),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type OriginalPlace = z.infer<typeof OriginalPlaceSchema>;

export const MappedFrameSchema = AppFrameSchema.extend({ original: OriginalPlaceSchema.optional() });
export type MappedFrame = z.infer<typeof MappedFrameSchema>;

/** The `app-source-map` reply: each frame asked, with its original place when a map had one; a note per map that could not be used. */
export const AppSourceMapReplySchema = z.object({
  frames: z.array(MappedFrameSchema),
  notes: z.array(z.string().max(500)),
});
export type AppSourceMapReply = z.infer<typeof AppSourceMapReplySchema>;

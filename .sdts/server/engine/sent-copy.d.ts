import { type WireCopy } from "./wire-copy";
/** The frame as recorded, remembered for the send that follows. */
export declare function copyForRecord(message: unknown): WireCopy;
/** The copy to hand over for a frame: the one just recorded for this very object, else a fresh one. */
export declare function sentCopy(message: unknown): WireCopy;

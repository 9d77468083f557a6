import type { WebSocket } from "ws";
import type { WireEvent } from "../../lib/wire/protocol";
/**
 * One peer's outgoing frames. Events added in one go leave as one WebSocket frame (a JSON
 * array when there are several), so a reply and the entries it points to are one write and one
 * wake-up for the page: the loopback round trip is measured in bench figure 1. A public way to
 * do what corking the socket did, without reaching into `ws`. An `entries` event bigger than a
 * frame is split into several, in order; one entry bigger than a frame goes alone.
 */
export declare class FrameWriter {
    private readonly ws;
    private parts;
    private bytes;
    constructor(ws: WebSocket);
    /** Bytes not yet taken by the socket: written but unsent, plus gathered but unwritten. */
    get buffered(): number;
    add(event: WireEvent): void;
    /** Send what was gathered as one frame. */
    write(): void;
    private addText;
    /** Entries (each already JSON) as `entries` events of at most about a frame each. */
    private addEntries;
}

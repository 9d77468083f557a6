import { EventEmitter } from "node:events";
import type { WebSocket } from "ws";
/**
 * What a bridge takes for a socket: one page socket, shown one session at a time. Detached (the
 * page picked another session, or went), the bridge hears it close and drops its peer; the real
 * socket stays open.
 */
export declare class VirtualSocket extends EventEmitter {
    private readonly ws;
    readonly OPEN = 1;
    private open;
    constructor(ws: WebSocket);
    get readyState(): number;
    get bufferedAmount(): number;
    send(data: string): void;
    close(code?: number, reason?: string): void;
    detach(): void;
}

interface Connection {
    remoteAddress?: string;
    remotePort?: number;
    localAddress?: string;
    localPort?: number;
}
/**
 * The uid that owns the client end of a loopback TCP connection, read from /proc/net/tcp{,6}
 * (as identd does): the row whose local end is our peer and whose remote end is us. Undefined
 * where the OS does not say (not Linux, /proc hidden, the row gone).
 */
export declare function socketOwnerUid(req: {
    socket: Connection;
}, read?: (file: string) => string): number | undefined;
/** The uid column of the row with these local and remote ends (in /proc's hex spelling). */
export declare function uidInTable(table: string, local: string, remote: string): number | undefined;
/** An address and port as /proc/net/tcp spells them: each 32-bit word in host byte order, the port big-endian. */
export declare function procAddress(bytes: number[], port: number, order?: "LE" | "BE"): string;
/** 4 bytes for IPv4, 16 for IPv6 (IPv4-mapped included); undefined for anything else. */
export declare function addressBytes(address: string): number[] | undefined;
/**
 * Why a loopback request must be refused because another user's process sent it, or undefined:
 * the OS names the connection's owner (Linux) and it is not this process's user. Where the OS does
 * not say, nothing is refused (the launch code and the login's state still hold).
 */
export declare function otherUserRefusal<R extends {
    socket: Connection;
}>(req: R, peerUid?: (req: R) => number | undefined, ownUid?: number | undefined): string | undefined;
export {};

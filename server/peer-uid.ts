import { readFileSync } from "node:fs";
import { isIPv4, isIPv6 } from "node:net";
import { endianness } from "node:os";

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
export function socketOwnerUid(req: { socket: Connection }, read?: (file: string) => string): number | undefined {
  if (!read) {
    if (process.platform !== "linux") return undefined;
    read = (file) => readFileSync(file, "utf8");
  }
  const { remoteAddress, remotePort, localAddress, localPort } = req.socket;
  if (!remoteAddress || !remotePort || !localAddress || !localPort) return undefined;
  const peer = addressBytes(remoteAddress);
  const self = addressBytes(localAddress);
  if (!peer || !self || peer.length !== self.length) return undefined;
  try {
    return uidInTable(
      read(peer.length === 4 ? "/proc/net/tcp" : "/proc/net/tcp6"),
      procAddress(peer, remotePort),
      procAddress(self, localPort),
    );
  } catch {
    return undefined;
  }
}

/** TIME_WAIT in /proc/net/tcp's `st` column: a connection whose socket is gone, shown with uid 0. */
const TIME_WAIT = "06";

/**
 * The uid column of the row with these local and remote ends (in /proc's hex spelling). A row in
 * time-wait names no owner (its socket is gone, the kernel shows uid 0): undefined, never root
 * (issue 88: a client that closed right after sending passed as root).
 */
export function uidInTable(table: string, local: string, remote: string): number | undefined {
  for (const line of table.split("\n").slice(1)) {
    // sl local_address rem_address st tx:rx tr:when retrnsmt uid …
    const f = line.trim().split(/\s+/);
    // A closed socket the kernel keeps as a time-wait mini-socket (TIME_WAIT, or an orphaned FIN_WAIT2)
    // shows uid 0 and inode 0: no owner named.
    if (f[1] === local && f[2] === remote) return f[3] === TIME_WAIT || (f[7] === "0" && f[9] === "0") ? undefined : Number(f[7]);
  }
  return undefined;
}

let named: boolean | undefined;
/** True where the OS names a loopback connection's owner (Linux with /proc/net readable): there, an owner it does not name is refused. */
export function ownersNamed(): boolean {
  if (named === undefined) {
    try {
      named = process.platform === "linux" && readFileSync("/proc/net/tcp", "utf8").startsWith("  sl");
    } catch {
      named = false;
    }
  }
  return named;
}

/** An address and port as /proc/net/tcp spells them: each 32-bit word in host byte order, the port big-endian. */
export function procAddress(bytes: number[], port: number, order: "LE" | "BE" = endianness()): string {
  let hex = "";
  for (let i = 0; i < bytes.length; i += 4) {
    const word = bytes.slice(i, i + 4);
    for (const b of order === "LE" ? word.reverse() : word) hex += b.toString(16).padStart(2, "0");
  }
  return `${hex.toUpperCase()}:${port.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** 4 bytes for IPv4, 16 for IPv6 (IPv4-mapped included); undefined for anything else. */
export function addressBytes(address: string): number[] | undefined {
  if (isIPv4(address)) return address.split(".").map(Number);
  if (!isIPv6(address)) return undefined;
  let text = address.replace(/%.*$/, "");
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1].split(".").map(Number);
    text = text.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const words = (s: string | undefined) => (s ? s.split(":").map((w) => parseInt(w, 16)) : []);
  const h = words(head);
  const t = words(tail);
  const all = tail === undefined ? h : [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
  return all.flatMap((w) => [w >> 8, w & 0xff]);
}

/**
 * Why a loopback request must be refused because another user's process sent it, or undefined:
 * the OS names the connection's owner (Linux) and it is not this process's user, or it names none
 * (issue 88: the row gone or in time-wait, as when the client closed right after sending; 205 of
 * 300 such requests once passed). Where the OS never says (not Linux), nothing is refused (the
 * launch code and the login's state still hold).
 */
export function otherUserRefusal<R extends { socket: Connection }>(
  req: R,
  peerUid?: (req: R) => number | undefined,
  ownUid: number | undefined = process.getuid?.(),
  known: boolean = ownersNamed(),
): string | undefined {
  if (ownUid === undefined) return undefined;
  const uid = peerUid ? peerUid(req) : socketOwnerUid(req);
  if (uid === undefined)
    return known ? "the OS names no owner of its connection (closed, or closing): it may be another user's process" : undefined;
  return uid !== ownUid ? `a process of another user (uid ${uid}) on this machine sent it` : undefined;
}

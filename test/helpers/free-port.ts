import { readFileSync } from "node:fs";
import net from "node:net";

/**
 * A port nothing listens on, for a process a test is about to start there (or for a URL that must
 * be refused).
 *
 * Not one from `listen(0)`: that is an ephemeral port, and once released the next outgoing
 * connection anywhere on the machine may take it as its local port before the child binds it
 * (EADDRINUSE: a loopback connection's local port blocks a listener on it). The everything server's
 * Express 5 prints "Server is running on port N" even then, so a test went on against nothing (CI's
 * red on f4aab1e6, engine.test.ts "over legacy SSE"). The port comes from below the kernel's
 * ephemeral range, where neither outgoing connections nor `listen(0)` go, in a band of its own for
 * each test worker (vitest's pool, Playwright's parallel index), taken in turn within the band so
 * two calls in one test differ; each is checked free by binding it on every address.
 */
export async function freePort(): Promise<number> {
  const band = portBand();
  if (!band) return ephemeralPort();
  for (let tried = 0; tried < band.size; tried++) {
    const port = band.start + (cursor++ % band.size);
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port in ${band.start}-${band.start + band.size - 1}`);
}

const SLOTS = 16;
const MIN_BAND = 256;
let cursor = Math.floor(Math.random() * 1024);

/** This worker's ports: 16 bands under the ephemeral range; none when the range starts too low. */
export function portBand(): { start: number; size: number } | undefined {
  const low = ephemeralLow();
  const region = Math.min(16_384, low - 1024);
  const size = Math.floor(region / SLOTS);
  if (size < MIN_BAND) return undefined;
  return { start: low - region + workerSlot() * size, size };
}

/** Vitest's pools take slots 0-7, Playwright's workers 8-15; anything else goes by its pid. */
function workerSlot(): number {
  const pool = Number(process.env.VITEST_POOL_ID);
  if (Number.isInteger(pool) && pool > 0) return (pool - 1) % 8;
  const parallel = Number(process.env.TEST_PARALLEL_INDEX);
  if (process.env.TEST_PARALLEL_INDEX !== undefined && Number.isInteger(parallel)) return 8 + (parallel % 8);
  return process.pid % SLOTS;
}

export function ephemeralLow(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 0 ? low : 32_768;
  } catch {
    return 32_768; // Linux's default; elsewhere the band check below still finds a free one
  }
}

/** Free on every address (a listener on 127.0.0.1 or [::] alone still blocks the child's). */
function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen(port, () => s.close(() => resolve(true)));
  });
}

function ephemeralPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

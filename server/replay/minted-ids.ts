import type { Entry } from "../../lib/record/format";
import { asRecord, isObject } from "../../lib/json/shape";

/**
 * Keys under which a server hands out an id the client later sends back: `taskId` (a
 * CreateTaskResult's task, 2026's `resultType: "task"`), `nextCursor`, a `sessionId`, `fooId`.
 * `progressToken` is not here: the client mints it.
 */
const ID_KEY = /^(?:id|\w*Id|\w*_id|\w*[cC]ursor|\w*[hH]andle)$/;

/** One id replaced in a request: the recorded value and the live one sent instead. */
export interface MappedId {
  from: string;
  to: string;
}

/**
 * The values a recorded server minted and the recorded client echoed: a string at an id-like key
 * of a response's result that a later client request carries anywhere in its params. Only these
 * are mapped on replay; a plain word that happens to repeat ("ok") is never rewritten.
 */
export function echoedIds(entries: readonly Entry[]): Set<string> {
  const minted = new Set<string>();
  const echoed = new Set<string>();
  for (const e of entries) {
    if (e.kind !== "message") continue;
    const m = asRecord(e.message);
    if (e.dir === "server->client" && e.pair && m.result !== undefined) idLeaves(m.result, (v) => minted.add(v));
    else if (e.dir === "client->server" && typeof m.method === "string")
      stringLeaves(m.params, (v) => {
        if (minted.has(v)) echoed.add(v);
      });
  }
  return echoed;
}

/**
 * The recorded-to-live map of server-minted ids during one replay. `learn` compares a recorded
 * result with the live one at the same paths; `apply` rewrites a recorded request before it is sent
 * again, so `tasks/get` asks for the live task, not the recorded one ("Task not found").
 */
export class IdMap {
  private readonly map = new Map<string, string>();

  constructor(private readonly candidates: ReadonlySet<string>) {}

  /** Learn the ids the live server minted where the recorded one minted an echoed id. */
  learn(recorded: unknown, live: unknown, key?: string): void {
    if (typeof recorded === "string") {
      if (key && ID_KEY.test(key) && this.candidates.has(recorded) && typeof live === "string" && live !== recorded)
        this.map.set(recorded, live);
      return;
    }
    if (Array.isArray(recorded) && Array.isArray(live)) recorded.forEach((r, i) => this.learn(r, live[i], key));
    else if (isObject(recorded) && isObject(live)) for (const [k, r] of Object.entries(recorded)) this.learn(r, live[k], k);
  }

  /** `value` with every recorded id replaced by its live counterpart, and which were replaced. */
  apply<T>(value: T): { value: T; mapped: MappedId[] } {
    const mapped: MappedId[] = [];
    if (this.map.size === 0) return { value, mapped };
    const walk = (v: unknown): unknown => {
      if (typeof v === "string") {
        const to = this.map.get(v);
        if (to === undefined) return v;
        if (!mapped.some((m) => m.from === v)) mapped.push({ from: v, to });
        return to;
      }
      if (Array.isArray(v)) return v.map(walk);
      if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return { value: walk(value) as T, mapped };
  }
}

function idLeaves(v: unknown, each: (s: string) => void, key?: string): void {
  if (typeof v === "string") {
    if (key && ID_KEY.test(key)) each(v);
  } else if (Array.isArray(v)) v.forEach((x) => idLeaves(x, each, key));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) idLeaves(x, each, k);
}

function stringLeaves(v: unknown, each: (s: string) => void): void {
  if (typeof v === "string") each(v);
  else if (Array.isArray(v)) v.forEach((x) => stringLeaves(x, each));
  else if (isObject(v)) for (const x of Object.values(v)) stringLeaves(x, each);
}

import { type SkillEntry } from "./schema";
/** Sends one request and resolves with its result (the engine's request, or a test's fake). */
export type Requester = (method: string, params: Record<string, unknown>) => Promise<unknown>;
/** At most this many skills/list pages: a server whose cursors never end is stopped, and told. */
export declare const MAX_PAGES = 100;
/** Every page of skills/list, each checked against the SEP-2640 shape; a repeated cursor or a malformed page throws. */
export declare function listAllSkills(request: Requester, meta?: Record<string, unknown>): Promise<SkillEntry[]>;
/** skills/get's `{ skill }`, checked: an entry returned bare is not normalized away. */
export declare function skillOfGet(result: unknown): SkillEntry;

import { GetSkillResultSchema, ListSkillsResultSchema, shapeError, type SkillEntry } from "./schema";

/** Sends one request and resolves with its result (the engine's request, or a test's fake). */
export type Requester = (method: string, params: Record<string, unknown>) => Promise<unknown>;

/** At most this many skills/list pages: a server whose cursors never end is stopped, and told. */
export const MAX_PAGES = 100;

/** Every page of skills/list, each checked against the SEP-2640 shape; a repeated cursor or a malformed page throws. */
export async function listAllSkills(request: Requester, meta?: Record<string, unknown>): Promise<SkillEntry[]> {
  const skills: SkillEntry[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    // `!== undefined`: a cursor is opaque, and "" is a legal one.
    const result = await request("skills/list", { ...(meta ? { _meta: meta } : {}), ...(cursor !== undefined ? { cursor } : {}) });
    const parsed = ListSkillsResultSchema.safeParse(result);
    if (!parsed.success) throw new Error(`skills/list page ${page} is not a SEP-2640 result: ${shapeError(parsed.error)}`);
    skills.push(...parsed.data.skills);
    cursor = parsed.data.nextCursor;
    if (cursor === undefined) return skills;
    if (seen.has(cursor)) throw new Error(`skills/list repeated the cursor ${JSON.stringify(cursor)}; stopped rather than loop`);
    if (page >= MAX_PAGES) throw new Error(`skills/list gave more than ${MAX_PAGES} pages; stopped`);
    seen.add(cursor);
  }
}

/** skills/get's `{ skill }`, checked: an entry returned bare is not normalized away. */
export function skillOfGet(result: unknown): SkillEntry {
  const parsed = GetSkillResultSchema.safeParse(result);
  if (!parsed.success) throw new Error(`skills/get's result is not { skill }: ${shapeError(parsed.error)}`);
  return parsed.data.skill;
}

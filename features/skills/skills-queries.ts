import { queryOptions } from "@tanstack/react-query";
import type { Session } from "../../client/session";
import { listAllSkills } from "../../lib/skills/list-walk";
import type { SkillEntry } from "../../lib/skills/schema";
import type { SkillReport } from "../../lib/skills/verify";

// The Skills tab's server state: the listing (every page) per connection, and one skill's
// verification (its files read through the backend, so each read is recorded and linted).

const send = (session: Session) => async (method: string, params: Record<string, unknown>) =>
  (await session.command({ type: "request", method, params })).result;

/** skills/list, every page, checked against the SEP-2640 shape. */
export const skillsQuery = (session: Session, generation: number) =>
  queryOptions({
    queryKey: ["skills", generation] as const,
    queryFn: (): Promise<SkillEntry[]> => listAllSkills(send(session)),
    staleTime: Infinity,
    retry: false,
  });

export interface SkillDetail {
  report: SkillReport;
  /** SKILL.md's markdown body (frontmatter split off), when it was read as text. */
  body?: string;
}

/** One skill: every manifest file read and verified, and its SKILL.md body for the page to render. */
export const skillDetailQuery = (session: Session, generation: number, skill: SkillEntry) =>
  queryOptions({
    queryKey: ["skills", generation, "detail", skill.uri] as const,
    queryFn: async (): Promise<SkillDetail> => {
      // Loaded when a skill is opened: the YAML parser and the hashing stay out of the page's first load.
      const [{ verifySkills }, { contentFor }, { splitSkillFile }] = await Promise.all([
        import("../../lib/skills/verify"),
        import("../../lib/skills/file-verdict"),
        import("../../lib/skills/skill-file"),
      ]);
      let body: string | undefined;
      const read = async (uri: string) => {
        const result = await send(session)("resources/read", { uri });
        // The same read gives the text to render: SKILL.md is not fetched twice.
        const block = uri === skill.uri ? contentFor(result, uri) : undefined;
        if (typeof block?.text === "string") body = splitSkillFile(block.text).body;
        return result;
      };
      const [report] = await verifySkills(read, [skill]);
      return { report, body };
    },
    staleTime: Infinity,
    retry: false,
  });

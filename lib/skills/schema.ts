import * as z from "zod";
import { isObject } from "../json/shape";

// The Skills extension (SEP-2640, final 2026-09): a server lists skills with `skills/list`, one by
// URI with `skills/get`, and (when it declares `directoryRead`) a directory's children with
// `resources/directory/read`. Each skill's files are ordinary resources, read with resources/read.

export const SKILLS_EXTENSION = "io.modelcontextprotocol/skills";
export const SKILLS_LIST = "skills/list";
export const SKILLS_GET = "skills/get";
export const DIRECTORY_READ = "resources/directory/read";
/** `resources: "dynamic"`: the file set is generated, so no manifest (and no digest) is given. */
export const DYNAMIC = "dynamic";
export const SEP_2640_URL = "https://modelcontextprotocol.io/seps/2640-skills-extension";

/** The Agent Skills frontmatter, carried verbatim as JSON; name and description are checked, not assumed. */
export const SkillFrontmatterSchema = z.looseObject({ name: z.string().optional(), description: z.string().optional() });
export type SkillFrontmatter = z.infer<typeof SkillFrontmatterSchema>;

/** One file of a static manifest: `digest` is `sha256:<64 lowercase hex>`, `size` its byte length. */
export const SkillResourceSchema = z.looseObject({ uri: z.string(), digest: z.string().optional(), size: z.number().optional() });
export type SkillResource = z.infer<typeof SkillResourceSchema>;

export const SkillEntrySchema = z.looseObject({
  uri: z.string(),
  frontmatter: SkillFrontmatterSchema,
  resources: z.union([z.literal(DYNAMIC), z.array(SkillResourceSchema)]),
});
export type SkillEntry = z.infer<typeof SkillEntrySchema>;

export const ListSkillsResultSchema = z.looseObject({ skills: z.array(SkillEntrySchema), nextCursor: z.string().optional() });
export type ListSkillsResult = z.infer<typeof ListSkillsResultSchema>;

/** skills/get answers `{ skill }`: an entry returned bare is a shape error, not normalized away. */
export const GetSkillResultSchema = z.looseObject({ skill: SkillEntrySchema });
export type GetSkillResult = z.infer<typeof GetSkillResultSchema>;

export const DirectoryReadResultSchema = z.looseObject({
  resources: z.array(z.looseObject({ uri: z.string(), name: z.string().optional(), mimeType: z.string().optional() })),
  nextCursor: z.string().optional(),
});
export type DirectoryReadResult = z.infer<typeof DirectoryReadResultSchema>;

/** What the server declared of the extension; undefined when it declared none (skills/* not available). */
export function skillsExtensionOf(serverCapabilities: unknown): { directoryRead: boolean } | undefined {
  const extensions = isObject(serverCapabilities) ? serverCapabilities.extensions : undefined;
  const declared = isObject(extensions) ? extensions[SKILLS_EXTENSION] : undefined;
  return isObject(declared) ? { directoryRead: declared.directoryRead === true } : undefined;
}

/** A zod error as one line: the first issue's path and message. */
export function shapeError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.length ? issue.path.join(".") + ": " : ""}${issue.message}` : "invalid";
}

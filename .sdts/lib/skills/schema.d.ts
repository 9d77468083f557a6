import * as z from "zod";
export declare const SKILLS_EXTENSION = "io.modelcontextprotocol/skills";
export declare const SKILLS_LIST = "skills/list";
export declare const SKILLS_GET = "skills/get";
export declare const DIRECTORY_READ = "resources/directory/read";
/** `resources: "dynamic"`: the file set is generated, so no manifest (and no digest) is given. */
export declare const DYNAMIC = "dynamic";
export declare const SEP_2640_URL = "https://modelcontextprotocol.io/seps/2640-skills-extension";
/** The Agent Skills frontmatter, carried verbatim as JSON; name and description are checked, not assumed. */
export declare const SkillFrontmatterSchema: z.ZodObject<{
    name: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
export type SkillFrontmatter = z.infer<typeof SkillFrontmatterSchema>;
/** One file of a static manifest: `digest` is `sha256:<64 lowercase hex>`, `size` its byte length. */
export declare const SkillResourceSchema: z.ZodObject<{
    uri: z.ZodString;
    digest: z.ZodOptional<z.ZodString>;
    size: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>;
export type SkillResource = z.infer<typeof SkillResourceSchema>;
export declare const SkillEntrySchema: z.ZodObject<{
    uri: z.ZodString;
    frontmatter: z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        description: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>;
    resources: z.ZodUnion<readonly [z.ZodLiteral<"dynamic">, z.ZodArray<z.ZodObject<{
        uri: z.ZodString;
        digest: z.ZodOptional<z.ZodString>;
        size: z.ZodOptional<z.ZodNumber>;
    }, z.core.$loose>>]>;
}, z.core.$loose>;
export type SkillEntry = z.infer<typeof SkillEntrySchema>;
export declare const ListSkillsResultSchema: z.ZodObject<{
    skills: z.ZodArray<z.ZodObject<{
        uri: z.ZodString;
        frontmatter: z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            description: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>;
        resources: z.ZodUnion<readonly [z.ZodLiteral<"dynamic">, z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
            digest: z.ZodOptional<z.ZodString>;
            size: z.ZodOptional<z.ZodNumber>;
        }, z.core.$loose>>]>;
    }, z.core.$loose>>;
    nextCursor: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
export type ListSkillsResult = z.infer<typeof ListSkillsResultSchema>;
/** skills/get answers `{ skill }`: an entry returned bare is a shape error, not normalized away. */
export declare const GetSkillResultSchema: z.ZodObject<{
    skill: z.ZodObject<{
        uri: z.ZodString;
        frontmatter: z.ZodObject<{
            name: z.ZodOptional<z.ZodString>;
            description: z.ZodOptional<z.ZodString>;
        }, z.core.$loose>;
        resources: z.ZodUnion<readonly [z.ZodLiteral<"dynamic">, z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
            digest: z.ZodOptional<z.ZodString>;
            size: z.ZodOptional<z.ZodNumber>;
        }, z.core.$loose>>]>;
    }, z.core.$loose>;
}, z.core.$loose>;
export type GetSkillResult = z.infer<typeof GetSkillResultSchema>;
export declare const DirectoryReadResultSchema: z.ZodObject<{
    resources: z.ZodArray<z.ZodObject<{
        uri: z.ZodString;
        name: z.ZodOptional<z.ZodString>;
        mimeType: z.ZodOptional<z.ZodString>;
    }, z.core.$loose>>;
    nextCursor: z.ZodOptional<z.ZodString>;
}, z.core.$loose>;
export type DirectoryReadResult = z.infer<typeof DirectoryReadResultSchema>;
/** What the server declared of the extension; undefined when it declared none (skills/* not available). */
export declare function skillsExtensionOf(serverCapabilities: unknown): {
    directoryRead: boolean;
} | undefined;
/** A zod error as one line: the first issue's path and message. */
export declare function shapeError(error: z.ZodError): string;

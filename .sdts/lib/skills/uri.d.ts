export declare const SKILL_FILE_SUFFIX = "/SKILL.md";
/** The URI in canonical form, or undefined when it is not a hierarchical URI with an absolute path. */
export declare function normalizeSkillUri(uri: string): string | undefined;
/** What two URIs are compared by: the normalized form, or the URI as is when it does not parse. */
export declare function skillUriIdentity(uri: string): string;
/** The path segment before `/SKILL.md` (which must equal the skill's name), or undefined. */
export declare function skillNameFromUri(uri: string): string | undefined;
/** The skill's root (`…/name/`) every manifest entry must lie under, or undefined for a malformed URI. */
export declare function skillRoot(uri: string): string | undefined;

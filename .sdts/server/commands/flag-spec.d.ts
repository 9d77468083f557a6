/**
 * A command's flags are a table of FlagSpecs: the parser reads it and `--help` is printed from
 * it, so a flag cannot be parsed without being documented or documented without being parsed.
 * `A` is the command's typed arguments; a shared group (the target's flags) is typed by the part
 * of them it fills, and fits any command whose arguments include that part.
 */
export interface FlagSpec<A> {
    names: readonly string[];
    /** The value's placeholder in --help; absent for a switch. */
    value?: string;
    /**
     * Takes the following words too while they look like values (the official CLI's variadic
     * form, `--tool-arg a=1 b=2`): true for KEY=VALUE words, or a pattern for other shapes.
     */
    variadic?: boolean | RegExp;
    help: string;
    set(a: A, value: string): void;
}
export interface FlagGroup<A> {
    title: string;
    flags: readonly FlagSpec<A>[];
}
/** The flags of `group` whose long name is in `names`, for a command that takes only some of a shared group. */
export declare function pick<A>(group: FlagGroup<A>, names: readonly string[], title?: string): FlagGroup<A>;
/** The help text: usage lines, then each group's flags with their help. */
export declare function renderHelp(usage: string, groups: readonly FlagGroup<never>[], footer?: readonly string[]): string;

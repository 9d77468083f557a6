/** What a collection file is called: the runner's `inspector test DIR` looks for the same names. */
export declare const COLLECTION_FILE: RegExp;
/**
 * The one folder the page may read and write collections in. Every name comes from the page and
 * is checked before it touches the disk: relative, no `.`/`..` segment, a collection's name, and
 * (after symlinks are resolved) still inside the folder, so a link planted in it cannot lead a
 * write out. The last component is opened with O_NOFOLLOW: a link put there after the check is
 * refused by the kernel, not followed.
 */
export declare class CollectionsFolder {
    readonly root: string;
    constructor(root: string);
    /** The absolute path of a page-given name, or an Error saying why it is refused. */
    resolve(name: string): string;
    /** Whether an absolute path (a collection's sibling, like its snapshot file) stays inside the folder. */
    holds(abs: string): boolean;
    /** Write a file inside the folder (made when missing), never through a symlink. */
    write(name: string, text: string): void;
    /** The collection files under the folder, relative and sorted; symlinked folders are not entered. */
    list(): string[];
    /** Throws unless the path, with every link along it resolved, stays inside the folder. */
    private checkInside;
}

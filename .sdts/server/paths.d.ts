/** The project root: the nearest folder above this module holding our package.json. */
export declare const ROOT: string;
export declare const VERSION: string;
/** The page: Next.js's static export, built into the package (scripts/build.mjs). */
export declare const PAGE_DIR: string;
/** True when `dir` holds a built page (the static export's index.html). */
export declare function pageBuilt(dir: string): boolean;
/**
 * The demo target: the reference "everything" server (its version pinned in package.json),
 * bundled into one file at build time so the installed package needs none of its dependencies.
 */
export declare const DEMO_SERVER: string;

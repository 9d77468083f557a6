import type { PageHandler } from "./http-server";
/**
 * The page as the static files of Next.js's export (dist/page): no Next.js at run time. The
 * caller has already checked Host, Origin and token. Only GET and HEAD; a path resolves to a
 * file, `<path>.html` or `<path>/index.html` inside `dir`, never outside it. Every HTML file goes
 * out with `run` (page-run.ts) in its script and stylesheet URLs.
 */
export declare function staticPages(dir: string, run?: string): PageHandler;
/** The file a URL path names, or undefined (missing, a folder, or outside `root`). */
export declare function resolveFile(root: string, pathname: string): string | undefined;

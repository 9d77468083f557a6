/**
 * This backend's own query for every URL of the page that runs script (red-team 8 #14): the page
 * at http://127.0.0.1:PORT shares its HTTP cache with whoever served that port before, and that
 * server can have answered `/` and every chunk name of the package with a long max-age. Nothing
 * this server sends reaches an answer the browser takes from its cache (`Clear-Site-Data` did not
 * help, measured in Chromium), so the page never asks for a URL such a server could have known:
 * the launch link, the page's scripts and stylesheets, the editor and its workers all carry
 * `r=<random of this process>`. Random per process, from crypto: an earlier server on the port
 * cannot guess it, and a reload within one run still hits the browser's cache.
 */
export declare const PAGE_RUN_PARAM = "r";
export declare const PAGE_RUN: string;
/** `r=<PAGE_RUN>`, as it goes in a query. */
export declare const PAGE_RUN_QUERY: string;
/**
 * The page's HTML with `?<query>` after every `/_next/static/…` URL in it: the `<script src>`
 * and stylesheet links, and the ones the inline flight data names (React loads a client
 * component's chunks by those; Turbopack's runtime adds its own `<script src>`'s query to every
 * chunk it loads by name, so the lazy chunks follow from the runtime's).
 */
export declare function withRunQuery(html: string, query?: string): string;
/** Whether a request's URL carries this run's query: only such an answer may be kept for long. */
export declare function isThisRun(search: URLSearchParams, run?: string): boolean;

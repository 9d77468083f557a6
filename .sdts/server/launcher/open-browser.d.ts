/**
 * The program and arguments that open `url` on this platform. On Windows not `cmd /c start`:
 * cmd would read the `&` of `?launch=…&session=opened` as a command separator and run the rest as
 * a command; rundll32's URL handler takes the URL as one argument, no shell in between.
 */
export declare function browserCommand(url: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): [string, string[]];
/**
 * Why `url` must not be handed to the OS's opener, or undefined when it may: only http(s) is a
 * web page. Anything else (file:, javascript:, a custom scheme's handler) lets whoever chose the
 * URL — an authorization server's metadata, say — pick what runs or what is shown (CVE-2025-6514).
 */
export declare function openRefusal(url: string): string | undefined;
/**
 * The opener's environment: only the variables a desktop needs to open a browser (an allow-list,
 * so a model key, the launch token or anything the person exported never reaches a process that
 * outlives our say over it); in the families, none named like a secret.
 */
export declare function openerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/**
 * Best effort: open an http(s) page in the person's browser; a failure only prints a hint, and
 * any other URL is refused with its reason (a second line of defence behind each caller's check).
 * The URL lands in the opener's argv, which every local user can read: it must hold no secret
 * that outlives its first use (the page gets a one-time launch code, see launch-code.ts).
 */
export declare function openBrowser(url: string, env: NodeJS.ProcessEnv): boolean;

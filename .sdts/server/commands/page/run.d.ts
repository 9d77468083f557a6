import type { RunContext } from "../command";
import type { PageArgs } from "./flags";
import type { PreparedPage } from "./prepare";
/**
 * `npx inspector …`: start the backend, connect the target (when one is given), print the page
 * URL with a one-time launch code and the token on a line of its own, and open the browser. A target that fails to connect does not stop it: the
 * page is where a person debugs, so it shows the failure (with the server's stderr and exit
 * status) and they fix the command there and connect again. Resolves with the exit code once
 * the inspector stops.
 */
export declare function runPage({ target, connect, answers, extraHostnames, openedSession, ports, early }: PreparedPage, { env, io, passedFlags }: RunContext, a: PageArgs): Promise<number>;

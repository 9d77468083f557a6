import type { Target } from "../../../lib/target/target";
import type { Env } from "./env-flags";
export declare function targetFromRegistry(text: string, file: string, serverName: string | undefined, env: Env): {
    name: string;
    target: Target;
};

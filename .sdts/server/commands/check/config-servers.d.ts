import type { Io } from "../command";
import type { ConfigEnv } from "../../../lib/target/config-file";
import { type Consent } from "./consent";
import { type ReadConfig } from "./read-config";
/**
 * `check --config FILE` with no `--server`: every server of the file, a few at a time, one line
 * each in the host's terms (started or why not, the tools the host exposes after its filters),
 * then the tool names the host would refuse or cut. Exit 1 when an enabled server fails.
 * (The hook: server/commands/check calls this when --config names no --server.)
 */
export declare function checkConfigServers(file: string, env: ConfigEnv, io: Io, o?: Consent & {
    host?: string;
    read?: ReadConfig;
}): Promise<number>;

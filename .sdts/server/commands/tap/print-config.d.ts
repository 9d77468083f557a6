import type { Io } from "../command";
import type { TapArgs } from "./args";
/**
 * What a printed entry runs: this node and this install's own bin, by absolute path. Not `npx -y
 * mcp-inspector-harness`: a name the registry does not hold is anyone's to publish, and a version
 * pin does not help when the first publisher is someone else; npx would also fetch at every host
 * start, against the host's startup timeout (Codex: 10 s). docs/tap.md says why.
 */
export declare function tapCommand(): {
    command: string;
    args: string[];
};
/**
 * `tap --print-config HOST NAME -- COMMAND…`: the entry that puts the tap in front of the server,
 * in HOST's own format, on stdout (a person pastes it; where it goes, and what the host would
 * refuse or read otherwise, on stderr first). No host file is read or written.
 */
export declare function printConfig(a: TapArgs, io: Io): number;

import { type ConfigEnv } from "../../../lib/target/config-file";
import { type HostServer } from "../../../lib/target/host-config";
import { type FileHost } from "../../../lib/target/host-paths";
/** A host's file as `check --config` reads it: its host, its layer, and its servers in that host's terms. */
export interface ReadConfig extends FileHost {
    file: string;
    servers: HostServer[];
}
/**
 * Read `file` as its host does. The host is known from where the file is once resolved (`cd
 * .vscode && check --config mcp.json` is VS Code's file), then from its shape; `--host` names it
 * for a file elsewhere (its layer still comes from where it is: a project's file stays one).
 */
export declare function readHostFile(file: string, env: ConfigEnv, asked?: string): ReadConfig;

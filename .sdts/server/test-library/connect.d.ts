import type { ConnectOptions, McpSession, TargetInput } from "./types";
/**
 * Connect to a server under test: a command, a URL, a config file's entry or an SDK server object
 * in this process. Resolves once the handshake is done; a server that cannot be started or
 * reached rejects with McpHarnessError ("unreachable", "auth_required", "protocol_version"),
 * its last stderr lines in the message.
 */
export declare function connect(target: TargetInput, options?: ConnectOptions): Promise<McpSession>;

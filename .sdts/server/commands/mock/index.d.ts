import type { Command, CommonArgs } from "../command";
export interface MockArgs extends CommonArgs {
    sessionFile?: string;
    /** Serve Streamable HTTP on this port; stdio when absent. */
    port?: number;
    ignore: string[];
    strict: boolean;
    answerTimeoutMs?: number;
}
export declare const mockCommand: Command<MockArgs>;

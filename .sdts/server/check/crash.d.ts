import type { Engine } from "../engine";
import type { RecordStore } from "../record/store";
import type { ProbeResult } from "./result";
/**
 * Watches the probes of one check run for the server's exit. The probe it dies in is an error
 * whose message quotes the stderr written while that probe ran (the lines around the exit), in
 * place of the engine's "last stderr" tail, which may be a line written long before (a start-up
 * banner). The probes after it are skipped, naming the one it died in, rather than each failing
 * again with "not connected".
 */
export declare function crashWatch(engine: Engine, record: RecordStore): {
    run(probe: () => Promise<ProbeResult | ProbeResult[]>): Promise<ProbeResult[]>;
};

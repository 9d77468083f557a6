import type { RecordStore } from "../../record/store";
import type { Io } from "../command";
/**
 * A stdio server's stderr on our stderr, as the official CLI passes it through (stdout stays the
 * result alone). Read from the record, where the tap put each line first: what the server wrote
 * during start-up is printed at once, the rest as it comes. Escaped: a server's terminal control
 * sequences do not reach the terminal. Returns the unsubscribe.
 */
export declare function passStderr(record: RecordStore, io: Pick<Io, "err">): () => void;

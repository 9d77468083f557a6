import type { LoadReport } from "../../../lib/load/summary";
/** The official CLI's output: the summary pretty (text), or `{ "result": summary }` on one line (json), with our details beside it. */
export declare function reportText(r: LoadReport, format: "text" | "json" | "junit"): string;
/** What the text output leaves out, for stderr: how it was measured, the sample kept, each check. */
export declare function detailLines(r: LoadReport): string[];

import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";

export interface ExportArgs extends CommonArgs {
  file?: string;
  otlp: boolean;
  /** A page file: the recording as one HTML file that opens from disk (into --output). */
  html?: boolean;
  /** The read-only viewer as a static folder to host: share links made with --share-base open there. */
  viewer?: string;
  output?: string;
}

export const EXPORT_FLAGS: FlagGroup<ExportArgs> = {
  title: "export",
  flags: [
    {
      names: ["--otlp"],
      help: "OTLP/JSON traces (an ExportTraceServiceRequest), as a collector's OTLP/HTTP receiver takes them",
      set: (a) => (a.otlp = true),
    },
    {
      names: ["--html"],
      help: "a page file: one HTML file that opens from disk in any browser with nothing running, loads nothing from the network and shows the recording read-only (needs --output)",
      set: (a) => (a.html = true),
    },
    {
      names: ["--viewer"],
      value: "DIR",
      help: "write the read-only viewer as a static folder (index.html) to host, for example on GitHub Pages; links made with --share-base URL open there, the session in the fragment no server sees (no session file)",
      set: (a, v) => (a.viewer = v),
    },
    { names: ["--output", "-o"], value: "FILE", help: "write to FILE instead of stdout", set: (a, v) => (a.output = v) },
  ],
};

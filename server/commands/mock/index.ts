import type { Command, CommonArgs, RunContext } from "../command";
import type { FlagGroup } from "../flag-spec";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import { millis, port } from "../values";

export interface MockArgs extends CommonArgs {
  sessionFile?: string;
  /** Serve Streamable HTTP on this port; stdio when absent. */
  port?: number;
  ignore: string[];
  strict: boolean;
  answerTimeoutMs?: number;
}

const MOCK_FLAGS: FlagGroup<MockArgs> = {
  title: "mock",
  flags: [
    {
      names: ["--port"],
      value: "N",
      help: "serve Streamable HTTP on 127.0.0.1 at this port (0: any free port) instead of stdio",
      set: (a, v) => (a.port = port(v)),
    },
    {
      names: ["--ignore"],
      value: "PATH",
      help: "a JSON path to leave out when matching requests (repeatable)",
      set: (a, v) => a.ignore.push(v),
    },
    { names: ["--strict"], help: "exit 1 when a request matched no recording", set: (a) => (a.strict = true) },
    {
      names: ["--answer-timeout"],
      value: "MS",
      help: "how long a recorded server request waits for the client's answer (default 10000)",
      set: (a, v) => (a.answerTimeoutMs = millis(v, "--answer-timeout")),
    },
  ],
};

export const mockCommand: Command<MockArgs> = {
  name: "mock",
  usage:
    "Usage: inspector mock FILE.mcp-session.json [--port N] [--ignore PATH]... [--strict]\nThe recording plays the server: stdio by default, Streamable HTTP with --port.",
  summary: "a recorded session plays the server (stdio or HTTP)",
  groups: [MOCK_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: false,
  empty: () => ({ ignore: [], strict: false, help: false, version: false }),
  operands: (a, words) => {
    const [file, ...rest] = words;
    a.sessionFile = file;
    if (rest.length) throw new UsageError(`mock takes one session file, not also "${rest.join(" ")}"`);
  },
  validate: (a) => {
    if (!a.sessionFile) throw new UsageError("mock needs a session file: inspector mock FILE.mcp-session.json [--port N]");
  },
  run: runMockCommand,
  helpFooter: ["Exit codes", "  0 served, 1 a request matched nothing (with --strict), 2 unreadable file or port in use", ""],
};

/** The recording plays the server until the client goes or a signal comes; the summary goes to stderr. */
async function runMockCommand(a: MockArgs, { io }: RunContext): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const { runMock } = await import("./run");
    return await runMock(
      {
        sessionFile: a.sessionFile!,
        port: a.port,
        ignore: a.ignore,
        strict: a.strict,
        answerTimeoutMs: a.answerTimeoutMs,
        signal: stop.signal,
      },
      io,
    );
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

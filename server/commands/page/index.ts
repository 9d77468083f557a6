import type { Command } from "../command";
import { PAGE_FLAGS, type PageArgs } from "./flags";
import { preparePage } from "./prepare";
import { COMMON_FLAGS } from "../common-flags";
import { UsageError } from "../usage-error";
import {
  ANSWER_FLAGS,
  AUTH_FLAGS,
  TARGET_FLAGS,
  emptyAnswers,
  emptyTarget,
  placeTarget,
  targetSources,
  validateTarget,
} from "../shared/target-flags";

const USAGE = `Usage: inspector [flags] [command [args...]]            the page, connected to a server
       inspector --cli TARGET --method M [...]           one call, result JSON on stdout
       inspector check TARGET [--format text|json|junit] [--call-tools]
       inspector replay FILE.mcp-session.json [--ignore PATH]... [--update] [--yes]
       inspector mock FILE.mcp-session.json [--port N] [--ignore PATH]... [--strict]
       inspector diff A B [--format text|json|junit] [--fail-on breaking|any]
       inspector test [FILES|DIRS...] TARGET [--format F] saved calls with expectations
       inspector mcp                                     an MCP server for coding agents
       inspector agent-help                              the agent skill, for CLAUDE.md
       inspector export --otlp FILE.mcp-session.json     a recording as OpenTelemetry traces (OTLP/JSON)
TARGET is a command, --server-url URL, --config FILE [--server NAME], --registry FILE or --demo.
The inspector's flags are its own wherever they stand; after the command, a flag it does not
know is the server's, and everything after -- is the server's. Each command has its own --help
(inspector check --help, inspector --cli --help).`;

export const pageCommand: Command<PageArgs> = {
  name: "page",
  usage: USAGE,
  summary: "the page in your browser, connected to a server",
  groups: [PAGE_FLAGS, TARGET_FLAGS, AUTH_FLAGS, ANSWER_FLAGS, COMMON_FLAGS],
  usageExit: 2,
  takesTarget: true,
  empty: () => ({ ...emptyTarget(), ...emptyAnswers(), port: 6274, host: "127.0.0.1", openBrowser: true, help: false, version: false }),
  operands: (a, words) => placeTarget(a, words, false),
  validate: (a) => {
    const sources = targetSources(a);
    if (a.open && sources.length)
      throw new UsageError(`--open shows a recorded session without running anything; it takes no target (got ${sources.join(" and ")})`);
    validateTarget(a);
  },
  // The checks and the stdio target's start first (prepare.ts), then the rest loads: the target's
  // start-up overlaps the load of the run module, the HTTP server and the engine.
  run: async (a, ctx) => {
    const prepared = await preparePage(a, ctx);
    if (typeof prepared === "number") return prepared;
    // The launcher's server module loads beside the run module, not after it (issue 63: the URL sooner).
    import("../../launcher/inspector").catch(() => undefined);
    try {
      return await (await import("./run")).runPage(prepared, ctx, a);
    } catch (e) {
      prepared.early?.discard();
      throw e;
    }
  },
  helpFooter: [
    "Exit codes",
    "  0 stopped; 1 cannot listen or the page is missing; 2 usage",
    "  --cli: 0 ok, 1 failure, 3 authorization required, 4 unreachable, 5 tool error, 6 --strict error (as the official CLI)",
    "  check: 0 clean, 1 problems, 4 could not connect; replay, diff: 0 same, 1 changed; mock: 1 unmatched with --strict; usage: 2",
    "",
    "Environment",
    "  MCP_ACCESS_TOKEN   a bearer token for an HTTP target (no OAuth flow runs)",
    "  MCP_CLIENT_SECRET  the OAuth client secret (instead of --client-secret)",
    "  INSPECTOR_TOKEN (or MCP_PROXY_AUTH_TOKEN)   use this token instead of a random one",
    "  INSPECTOR_BROWSER                            command that opens the page URL",
    "  INSPECTOR_AGENT_TOKEN                        the coding agent's token (else a random one in a file only you can read)",
    "  MCP_SANDBOX_PORT, INSPECTOR_AGENT_PORT       the sandbox's and the agent endpoint's ports (default --port + 1, + 2)",
    "",
  ],
};

export type { PageArgs } from "./flags";

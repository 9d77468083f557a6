import type { CommonArgs } from "../command";
import type { FlagGroup } from "../flag-spec";
import { port } from "../values";
import { UsageError } from "../usage-error";
import { visible } from "../../../lib/text/visible";
import { parsePort } from "../../launcher/ports";
import type { AnswerArgs, AuthArgs, TargetArgs } from "../shared/target-flags";

export interface PageArgs extends TargetArgs, AuthArgs, AnswerArgs, CommonArgs {
  port: number;
  host: string;
  openBrowser: boolean;
  /** --open: a share link or a .mcp-session.json file to show (never run) on start. */
  open?: string;
  /** --collections DIR: the folder the Collections tab lists and writes (default mcp-tests/ here). */
  collections?: string;
  /** --sandbox-port, --agent-port: the other ports (default: they follow --port, see server/launcher/ports.ts). */
  sandboxPort?: number;
  agentPort?: number;
  /** --share-base URL: where the share dialog's links open (a hosted `export --viewer` folder). */
  shareBase?: string;
}

function portFlag(flag: string, v: string): number {
  try {
    return parsePort(v, flag);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export const PAGE_FLAGS: FlagGroup<PageArgs> = {
  title: "The page",
  flags: [
    { names: ["--port"], value: "N", help: "port to listen on (default 6274; 0 = any free port)", set: (a, v) => (a.port = port(v)) },
    {
      names: ["--host"],
      value: "ADDR",
      help: "interface to bind (default 127.0.0.1; anything else prints a warning)",
      set: (a, v) => (a.host = v),
    },
    {
      names: ["--open"],
      value: "LINK|FILE",
      help: "show a shared session (link or .mcp-session.json); runs nothing until you press Reproduce and confirm",
      set: (a, v) => (a.open = v),
    },
    {
      names: ["--collections"],
      value: "DIR",
      help: "the folder of collection files the Collections tab lists and writes (default mcp-tests/ in this directory)",
      set: (a, v) => (a.collections = v),
    },
    {
      names: ["--sandbox-port"],
      value: "N",
      help: "port of the MCP Apps sandbox origin (default --port + 1; env MCP_SANDBOX_PORT)",
      set: (a, v) => (a.sandboxPort = portFlag("--sandbox-port", v)),
    },
    {
      names: ["--agent-port"],
      value: "N",
      help: "port of the coding agent's endpoint (default --port + 2; env INSPECTOR_AGENT_PORT)",
      set: (a, v) => (a.agentPort = portFlag("--agent-port", v)),
    },
    {
      names: ["--share-base"],
      value: "URL",
      help: "where share links open: the address of a read-only viewer your team hosts (inspector export --viewer DIR); default this inspector's own address. The person may change it in the share dialog",
      set: (a, v) => {
        if (!/^https?:\/\/[^\s#]+$/.test(v))
          throw new UsageError(`--share-base takes an http or https address without #, not "${visible(v)}"`);
        a.shareBase = v;
      },
    },
    { names: ["--no-open"], help: "do not open a browser", set: (a) => (a.openBrowser = false) },
  ],
};

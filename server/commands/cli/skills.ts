import type { Engine } from "../../engine";
import { RpcError } from "../../engine/errors";
import { DIRECTORY_READ, SKILLS_EXTENSION, skillsExtensionOf } from "../../../lib/skills/schema";
import { listAllSkills, skillOfGet } from "../../../lib/skills/list-walk";
import { DEFAULT_BUDGET, verifySkills } from "../../../lib/skills/verify";
import { skillsErrorCode, skillsExitCode, summarizeReports } from "../../../lib/skills/outcome";
import { inertJson } from "../../../lib/text/visible";
import type { Io } from "../command";
import type { CliArgs } from "./flags";
import { CLI_EXIT, CliFailure, emitResult } from "./output";

export const SKILL_METHODS: readonly string[] = ["skills/list", "skills/get", DIRECTORY_READ];

/**
 * skills/list, skills/get and resources/directory/read (SEP-2640) as the official CLI runs them:
 * refused here when the server did not declare the extension (or, for the directory read,
 * `directoryRead`: the SEP says a client MUST NOT call it then). With --verify, one JSON report
 * per skill on stdout, the summary on stderr, and the exit code of the worst outcome.
 */
export async function runSkillMethod(a: CliArgs, engine: Engine, serverCapabilities: Record<string, unknown>, io: Io): Promise<number> {
  const declared = skillsExtensionOf(serverCapabilities);
  if (!declared)
    throw new CliFailure(
      CLI_EXIT.failed,
      `the server does not declare the ${SKILLS_EXTENSION} extension, so ${a.method} is not available`,
      {
        code: "skills_unsupported",
      },
    );
  const meta = Object.keys(a.metadata).length ? a.metadata : undefined;
  const request = async (method: string, params: Record<string, unknown>) => {
    try {
      return (await engine.request(method, params)).result;
    } catch (e) {
      const rpc = e instanceof RpcError ? e.rpc : undefined;
      throw new CliFailure(
        CLI_EXIT.failed,
        `${method} failed: ${rpc ? `JSON-RPC error ${rpc.code}: ${rpc.message}` : (e as Error).message}`,
        {
          ...(rpc ? { rpcCode: rpc.code } : {}),
        },
      );
    }
  };
  const shaped = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw new CliFailure(CLI_EXIT.failed, (e as Error).message);
    }
  };
  if (a.method === DIRECTORY_READ) {
    if (!declared.directoryRead)
      throw new CliFailure(
        CLI_EXIT.failed,
        `the server did not declare directoryRead in ${SKILLS_EXTENSION}; ${DIRECTORY_READ} must not be called`,
        {
          code: "skills_unsupported",
        },
      );
    const result = await request(DIRECTORY_READ, {
      uri: a.uri,
      ...(meta ? { _meta: meta } : {}),
      ...(a.cursor !== undefined ? { cursor: a.cursor } : {}),
    });
    return (emitResult(a, result, io), CLI_EXIT.ok);
  }
  let skills;
  let result: unknown;
  if (a.method === "skills/list") {
    skills = await listAllSkills(request, meta).catch((e: unknown) => {
      throw e instanceof CliFailure ? e : new CliFailure(CLI_EXIT.failed, (e as Error).message);
    });
    result = { skills };
  } else {
    result = await request("skills/get", { uri: a.uri, ...(meta ? { _meta: meta } : {}) });
    skills = [shaped(() => skillOfGet(result))];
  }
  if (!a.verify) return (emitResult(a, result, io), CLI_EXIT.ok);
  const read = async (uri: string) => (await engine.request("resources/read", { uri, ...(meta ? { _meta: meta } : {}) })).result;
  const budget = {
    maxSkills: a.skillCatalogMaxSkills ?? DEFAULT_BUDGET.maxSkills,
    maxBytes: a.skillCatalogMaxBytes ?? DEFAULT_BUDGET.maxBytes,
  };
  const reports = await verifySkills(read, skills, budget);
  // One line per skill, escaped: names, URIs and reasons come from the server.
  for (const report of reports) io.out(inertJson(JSON.stringify(report)));
  const summary = summarizeReports(reports);
  const exit = skillsExitCode(reports, a.requireDigests);
  if (exit !== undefined) throw new CliFailure(exit, summary, { code: skillsErrorCode(exit) });
  if (!a.quiet) io.err(`inspector: ${summary}`);
  return CLI_EXIT.ok;
}

import type { Engine } from "../engine";
import { RpcError } from "../engine/errors";
import { SEP_2640_URL, skillsExtensionOf } from "../../lib/skills/schema";
import { listAllSkills } from "../../lib/skills/list-walk";
import { verifySkills, type SkillReport } from "../../lib/skills/verify";
import type { ProbeResult } from "./result";

/**
 * The Skills extension (SEP-2640), when the server declares it: every page of skills/list, then
 * each listed skill verified as `--cli --verify` does (its rules, every file's size and SHA-256,
 * its SKILL.md's frontmatter). A failure the lint also reports at the same entry counts once, as
 * the lint's finding (sameAs: the listing for an entry's rules, the read for a file).
 */
export async function probeSkills(engine: Engine, serverCapabilities: Record<string, unknown>): Promise<ProbeResult[]> {
  if (!skillsExtensionOf(serverCapabilities)) return [];
  const seqOf = new Map<string, number>();
  let listSeq: number | undefined;
  const request = async (method: string, params: Record<string, unknown>) => {
    const out = await engine.request(method, params);
    listSeq = out.responseSeq;
    return out.result;
  };
  const list = { id: "skills/list", title: "skills/list answers with every skill", severity: "error" as const, specUrl: SEP_2640_URL };
  let skills;
  try {
    skills = await listAllSkills(request);
  } catch (e) {
    const why = e instanceof RpcError ? `JSON-RPC error ${e.rpc.code}: ${e.rpc.message}` : (e as Error).message;
    return [{ ...list, status: "fail", message: `skills/list failed: ${why}`, ...(listSeq !== undefined ? { seq: listSeq } : {}) }];
  }
  const read = async (uri: string) => {
    const out = await engine.request("resources/read", { uri });
    if (out.responseSeq !== undefined) seqOf.set(uri, out.responseSeq);
    return out.result;
  };
  const reports = await verifySkills(read, skills);
  return [
    { ...list, status: "pass", message: `${skills.length} skill${skills.length === 1 ? "" : "s"} listed`, seq: listSeq },
    ...reports.map((r) => skillProbe(r, listSeq, seqOf)),
  ];
}

function skillProbe(r: SkillReport, listSeq: number | undefined, seqOf: Map<string, number>): ProbeResult {
  const base = { id: `skill/${r.uri}`, title: `skill ${r.name} (${r.uri}) verifies`, severity: "error" as const, specUrl: SEP_2640_URL };
  const files = r.files.length;
  if (r.outcome === "verified")
    return { ...base, status: "pass", message: `${files} file${files === 1 ? "" : "s"}: sizes and SHA-256 digests as advertised` };
  if (r.outcome === "unverifiable")
    return { ...base, status: "skip", severity: "warning", message: 'resources is "dynamic": no digests advertised, nothing to verify' };
  if (r.outcome === "incomplete")
    return { ...base, status: "skip", severity: "warning", message: r.incomplete ?? "not every file was read" };
  const entryError = r.conformance.find((i) => i.severity === "error");
  if (entryError)
    return {
      ...base,
      status: "fail",
      message: entryError.message,
      sameAs: "skills/entry",
      ...(listSeq !== undefined ? { seq: listSeq } : {}),
    };
  const bad = r.files.find((f) => f.status === "mismatch");
  if (bad && bad.status === "mismatch")
    return { ...base, status: "fail", message: `${bad.uri}: ${bad.reason}`, sameAs: "skills/digest", seq: seqOf.get(bad.uri) };
  const fm = r.frontmatter[0];
  if (fm) return { ...base, status: "fail", message: fm.message, sameAs: "skills/frontmatter", seq: seqOf.get(r.uri) };
  const unread = r.files.find((f) => f.status === "read-error");
  return { ...base, status: "fail", message: unread && unread.status === "read-error" ? `${unread.uri}: ${unread.reason}` : "failed" };
}

import type { Engine } from "../engine";
import { appResourceUriOf, isAppMimeType } from "../../lib/apps/app-meta";
import { APPS_SPEC, APP_RULE_IDS } from "../../lib/apps/app-lint";
import { RpcError } from "../engine/errors";
import type { ProbeResult } from "./result";
import { arrayOr, asRecord } from "../../lib/json/shape";
import { MCP_APPS_SPEC, hostVerdictLines, hostVerdictsOf, type AppRead } from "../../lib/apps/host-rules";

/**
 * MCP Apps: read the `ui://` resource of every tool that names one, so the App lint (apps/*: the
 * resource is there, has the App mime type, a CSP with well-formed domains) judges it like any
 * record. A tool's App is read once however many tools share it, and not again when it is a
 * listed resource (check reads those already). Nothing is rendered or run.
 */
export async function probeAppResources(
  engine: Engine,
  tools: readonly Record<string, unknown>[],
  alreadyRead: ReadonlySet<string>,
): Promise<ProbeResult[]> {
  const uris = [...new Set(tools.map((t) => appResourceUriOf(t)).filter((u): u is string => !!u && !alreadyRead.has(u)))];
  const out: ProbeResult[] = [];
  for (const uri of uris) {
    const users = tools.filter((t) => appResourceUriOf(t) === uri).map((t) => String(t.name));
    const base = {
      id: `app-resource/${uri}`,
      title: `the App UI of ${users.join(", ")} (${uri}) can be read`,
      severity: "error" as const,
      specUrl: `${APPS_SPEC}#ui-resource-format`,
    };
    try {
      const { result, responseSeq } = await engine.request("resources/read", { uri });
      const contents = arrayOr(asRecord(result).contents)
        .map(asRecord)
        .filter((c) => typeof c.text === "string" || typeof c.blob === "string");
      // A failure the App lint also reports counts once, as the lint's finding (sameAs).
      if (!contents.length)
        out.push({
          ...base,
          status: "fail",
          seq: responseSeq,
          sameAs: APP_RULE_IDS.resourceMissing,
          message: "the read has no text or blob content",
        });
      else if (!contents.some((c) => isAppMimeType(c.mimeType)))
        out.push({
          ...base,
          status: "fail",
          seq: responseSeq,
          sameAs: APP_RULE_IDS.resourceMime,
          message: `its mime type is ${JSON.stringify(contents[0].mimeType)}, not text/html;profile=mcp-app: a host does not render it as an App`,
        });
      else out.push({ ...base, status: "pass", seq: responseSeq, message: "read, with the App mime type" });
    } catch (e) {
      const seq = e instanceof RpcError ? e.response?.seq : undefined;
      out.push({
        ...base,
        status: "fail",
        ...(seq !== undefined ? { seq, sameAs: APP_RULE_IDS.resourceMissing } : {}),
        message: `resources/read failed: ${(e as Error).message}`,
      });
    }
  }
  return out;
}

/**
 * Host profiles, strict (issue 92): for each App tool the model may call, whether each host the
 * page emulates would mount its App, by that host's published rules (lib/apps/host-rules.ts),
 * each reason citing the host's own document. Fails (an error: check exits 1) when no named host
 * would mount it. Each App resource is read once more here, listed or not.
 */
export async function probeAppHosts(engine: Engine, tools: readonly Record<string, unknown>[]): Promise<ProbeResult[]> {
  const reads = new Map<string, { read: AppRead; seq?: number }>();
  const out: ProbeResult[] = [];
  for (const tool of tools) {
    const uri = appResourceUriOf(tool);
    if (!uri || !modelMayCall(tool)) continue;
    let got = reads.get(uri);
    if (!got) {
      try {
        const { result, responseSeq } = await engine.request("resources/read", { uri });
        got = { read: { result }, seq: responseSeq };
      } catch (e) {
        got = { read: { error: (e as Error).message }, seq: e instanceof RpcError ? e.response?.seq : undefined };
      }
      reads.set(uri, got);
    }
    const verdicts = hostVerdictsOf(tool, uri, got.read);
    const mounting = verdicts.filter((v) => v.mounts).map((v) => v.label);
    out.push({
      id: `app-hosts/${String(tool.name)}`,
      title: `the App of ${String(tool.name)} (${uri}) mounts in a named host`,
      status: mounting.length ? "pass" : "fail",
      severity: "error",
      level: "MUST",
      specUrl: MCP_APPS_SPEC.url,
      ...(got.seq !== undefined ? { seq: got.seq } : {}),
      message: `${mounting.length ? `mounts in ${mounting.join(", ")}` : "no named host would mount it"}. ${hostVerdictLines(verdicts).join(" | ")}`,
    });
  }
  return out;
}

/** A tool the model is given (MCP Apps visibility with "model", or none; not ChatGPT's private). */
function modelMayCall(tool: Record<string, unknown>): boolean {
  const meta = asRecord(tool._meta);
  const visibility = asRecord(meta.ui).visibility;
  if (Array.isArray(visibility) && !visibility.includes("model")) return false;
  return meta["openai/visibility"] !== "private";
}

import { pathToFileURL } from "node:url";
import type { StandingAnswersPatch } from "../../../lib/answers/schema";
import { HOST_CAPABILITIES, capabilityNames } from "../../../lib/target/host-capabilities";
import { hostLabel, type Host } from "../../../lib/target/host-entry";
import type { OfferedCapabilities } from "../../../lib/target/target";
import { capabilitiesFor, type HeadlessSession } from "../../headless/connect";
import type { AnswerArgs } from "../shared/target-flags";

/**
 * `check --config` of a host's file connects declaring what that host declares (issue 90 item 8:
 * check saw the everything server's 13 tools where Qwen Code saw 14 and Copilot CLI 16), answering
 * as check can: roots/list with the folder the host opened, elicitation declined, sampling with a
 * fixed text. Flags that answer (--root, --elicitation, --sampling) win: the person chose.
 */
export function asHost(session: HeadlessSession, host: Host, workspace: string, a: AnswerArgs): { session: HeadlessSession; as?: string } {
  const declared = HOST_CAPABILITIES[host];
  if (!declared || a.roots.length || a.elicitation || a.samplingFile || a.samplingModel) return { session };
  const answers: StandingAnswersPatch = {
    ...(declared.roots ? { roots: [{ uri: pathToFileURL(workspace).href }] } : {}),
    ...(declared.elicitation ? { elicitation: "decline" as const } : {}),
    ...(declared.sampling
      ? {
          sampling: {
            enabled: true,
            rules: [{ match: "/[\\s\\S]*/", text: `(check answers sampling as ${hostLabel(host)}'s model would)`, model: "" }],
          },
        }
      : {}),
  };
  const capabilities = { ...capabilitiesFor(answers), tasks: session.capabilities.tasks, apps: session.capabilities.apps };
  const names = capabilityNames(declared);
  return { session: { ...session, answers, capabilities }, as: `as ${hostLabel(host)} declares ${names.length ? "them" : "none"}` };
}

/** The capabilities a session declares, by name, for the report ("elicitation" covers its form and url modes). */
export function declaredNames(c: OfferedCapabilities): string[] {
  return [
    ...(c.roots ? ["roots"] : []),
    ...(c.sampling ? ["sampling"] : []),
    ...(c.elicitationForm || c.elicitationUrl ? ["elicitation"] : []),
    ...(c.tasks ? ["tasks"] : []),
    ...(c.apps ? ["apps"] : []),
  ];
}

import type { Entry } from "../../lib/record/format";
import { appDirLabel } from "../../lib/record/app-entry-facts";
import type { AppLinkFacts } from "./app-links";

/**
 * The facts of an MCP Apps entry (which App, which way, why its message is missing) and, for
 * an App request or a server request, the other side of the App boundary. Rows of a <dl>.
 */
export function AppEntryFacts({ entry: e, link, onJump }: { entry: Entry; link?: AppLinkFacts; onJump(seq: number): void }) {
  const jump = (seq: number, testid: string) => (
    <button type="button" className="linklike" onClick={() => onJump(seq)} data-testid={testid}>
      seq {seq}
    </button>
  );
  return (
    <>
      {e.kind === "app" && (
        <>
          <dt>direction</dt>
          <dd>{appDirLabel(e.dir)}</dd>
          <dt>App</dt>
          <dd>
            of <code>{e.tool}</code> <span className="muted">({e.appId})</span>
          </dd>
          {e.omitted && (
            <>
              <dt>left out</dt>
              <dd>{e.omitted}</dd>
            </>
          )}
          {e.notJsonRpc && (
            <>
              <dt>not JSON-RPC</dt>
              <dd>the bridge ignored this frame</dd>
            </>
          )}
          {e.cspViolation && (
            <>
              <dt>CSP</dt>
              <dd>
                reported by the App&apos;s frame: {e.cspViolation.directive} blocked {e.cspViolation.blockedUri || "(inline)"}
              </dd>
            </>
          )}
        </>
      )}
      {link?.serverSeq !== undefined && (
        <>
          <dt>became</dt>
          <dd>
            server request {jump(link.serverSeq, "entry-app-server")}{" "}
            <span className="muted">(the inspector relayed the App&apos;s call)</span>
          </dd>
        </>
      )}
      {link?.appSeq !== undefined && (
        <>
          <dt>made for</dt>
          <dd>
            App request {jump(link.appSeq, "entry-app-cause")} <span className="muted">(an App asked the host for this)</span>
          </dd>
        </>
      )}
    </>
  );
}

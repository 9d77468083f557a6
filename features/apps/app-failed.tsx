import { appErrorSentence, appErrorWhere, type AppError } from "../../lib/apps/app-errors";
import { formatTime } from "../../lib/record/entry-facts";
import { visible } from "../../lib/text/visible";
import { mappedStackOf, placeText } from "../../lib/apps/app-source-map";
import { useSourceMap, type AppDocument } from "./use-source-map";

/**
 * The App failed: its script threw or left a rejection unhandled (lib/apps/app-errors.ts). Said
 * above the stage, which may be empty or collapsed then, with the App's own stack. Everything in
 * it is the App's text: shown escaped (visible) and bounded. Where its scripts serve source maps,
 * each place is shown in the original sources too, the bundle's place beside it (`allow`: the
 * origins the App's CSP allows scripts from, the only ones its maps are fetched from); a script inline
 * in the App's HTML (`doc`, the document that failed) is mapped through its data: URL map.
 */
export function AppFailed({ error, allow, doc }: { error: AppError; allow: readonly string[]; doc?: AppDocument }) {
  const where = appErrorWhere(error);
  const mapped = useSourceMap(error, allow, doc);
  const here = mapped?.frames.find((f) => f.url === error.source && f.line === error.line && f.column === error.column);
  const original = here?.original ?? mapped?.frames.find((f) => f.original)?.original;
  const stack = error.stack && mapped ? mappedStackOf(error.stack, mapped.frames) : error.stack;
  return (
    <div className="app-failed" role="alert" data-testid="app-failed">
      <p>
        <strong>The App failed.</strong> {visible(appErrorSentence(error))}
        {error.more && " (more errors came after; the App's reporter stopped at its bound)"}
      </p>
      {where && (
        <p className="small">
          At <code data-testid="app-failed-where">{visible(where)}</code>. The App&apos;s messages below and the timeline have every report;
          Problems lists them as <code>apps/app-error</code>.
        </p>
      )}
      {original && (
        <p className="small">
          In the original source (the script&apos;s source map):{" "}
          <code data-testid="app-failed-original">{visible(placeText(original))}</code>
        </p>
      )}
      {mapped && mapped.notes.length > 0 && (
        <p className="small muted" data-testid="app-failed-map-note">
          {visible(mapped.notes.join("; "))}
        </p>
      )}
      {stack && (
        <details>
          <summary>Stack</summary>
          {/* One frame a line: each line made visible on its own (visible writes a newline as \n). */}
          <pre className="app-failed-stack">{stack.split("\n").map(visible).join("\n")}</pre>
        </details>
      )}
    </div>
  );
}

/** Why the App was rendered anew: Reload App, or the server said its UI resource changed (hot reload). */
export interface Reloaded {
  why: "button" | "updated";
  /** The record seq of the notifications/resources/updated that did it. */
  seq?: number;
  at: number;
}

/** A line saying the App was reloaded, when and why, so a person sees the new App is the server's new one. */
export function AppReloaded({ reloaded, uri }: { reloaded: Reloaded; uri: string }) {
  return (
    <p className="app-reloaded muted small" role="status" data-testid="app-reloaded">
      {reloaded.why === "updated"
        ? `Hot reload at ${formatTime(reloaded.at)}: the server said ${visible(uri)} changed (notifications/resources/updated${reloaded.seq !== undefined ? ` seq ${reloaded.seq}` : ""}), so the App was read again and rendered anew; its widget state was kept.`
        : `Reloaded at ${formatTime(reloaded.at)}: ${visible(uri)} read again from the server and rendered anew; its widget state was kept.`}
    </p>
  );
}

import { CopyButton } from "../../components/copy-button";
import { openCommandFor } from "../../lib/session/shared";

export interface ShareFormsHelpProps {
  /** The session file's and the page file's names, as the downloads save them. */
  fileName: string;
  pageName: string;
  /** Where links open: a hosted viewer, or empty for this inspector's own address. */
  base: string;
}

/**
 * For each form a bug can be sent in, what the colleague needs to open it and to reproduce it
 * (issue 87: the dialog said only "Copy link", and the command was written only on the page the
 * link opens, which a colleague with nothing running never reached).
 */
export function ShareFormsHelp({ fileName, pageName, base }: ShareFormsHelpProps) {
  const forms = [
    {
      form: "Page (.html)",
      open: "Opens in any browser from disk: nothing to install, nothing running, nothing loaded from the network.",
      command: openCommandFor(pageName),
      where: "in the folder where it is saved",
    },
    {
      form: "Link",
      open: base
        ? `Opens in any browser at ${base} (your hosted viewer); the session is in the part after #, which no server sees.`
        : "Opens only where an inspector runs on this address: the colleague runs the command instead (or set where links open, below).",
      command: openCommandFor("<the link>"),
      where: "with the link in place of <the link>",
    },
    {
      form: "File (.mcp-session.json)",
      open: "Opens with the inspector (Node.js 20 or later), or as a mock server.",
      command: openCommandFor(fileName),
      where: "in the folder where it is saved",
    },
  ];
  return (
    <section className="card" aria-labelledby="share-forms-heading" data-testid="share-forms-help">
      <h3 id="share-forms-heading">What your colleague needs</h3>
      <dl className="facts">
        {forms.map((f) => (
          <div key={f.form} data-testid="share-form">
            <dt>{f.form}</dt>
            <dd>
              {f.open} To reproduce it, {f.where}: <code>{f.command}</code> <CopyButton text={() => f.command} label="Copy" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

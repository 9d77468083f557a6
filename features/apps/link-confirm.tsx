/** An App asked to open a link: the person decides (http(s) only reach this point). */
export function LinkConfirm({ url, onAnswer }: { url: string; onAnswer(open: boolean): void }) {
  return (
    <div className="app-link-confirm" role="alertdialog" aria-label="The App asks to open a link">
      <p>
        The App asks to open <code className="app-link-url">{url}</code> in a new tab.
      </p>
      <button type="button" className="btn-small" onClick={() => onAnswer(true)}>
        Open link
      </button>{" "}
      <button type="button" className="btn-small" onClick={() => onAnswer(false)}>
        Refuse
      </button>
    </div>
  );
}

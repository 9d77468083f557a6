/** A quiet placeholder for a panel with nothing to show yet. */
export function EmptyState({ title, text }: { title: string; text?: string }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {text && <p className="muted">{text}</p>}
    </div>
  );
}

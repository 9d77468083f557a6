/** Marks a server request raised while only the coding agent's calls were in flight (issue 62): it still waits for the person. */
export function RaisedByAgentBadge() {
  return (
    <span
      className="badge badge-warn"
      data-testid="raised-by-agent"
      title="The server asked this during a call of the coding agent attached to this session; it waits for your answer"
    >
      raised by the agent&apos;s call
    </span>
  );
}

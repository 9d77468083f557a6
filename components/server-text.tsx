import { shownName, shownProse } from "./shown-text";

export interface ServerTextProps {
  /** What the server said: a name, a title, a description, a result, a log line. */
  text: string;
  /** Multi-line prose: line breaks kept (shownProse); else one name or label (shownName). */
  prose?: boolean;
  className?: string;
  testId?: string;
}

/**
 * The one way the live page draws a server's text (issue 52 item 7): escaped so no character in
 * it reorders or hides the rest, and isolated (`<bdi>`, unicode-bidi: isolate) so a name in a
 * right-to-left script cannot pull the page's own words around it ("protocol 2025-11-25" after a
 * server name) out of order.
 */
export function ServerText({ text, prose, className, testId }: ServerTextProps) {
  return (
    <bdi className={className ? `server-text ${className}` : "server-text"} data-testid={testId}>
      {prose ? shownProse(text) : shownName(text)}
    </bdi>
  );
}

import { ServerText } from "../../components/server-text";

/**
 * Who asks, and that answering gives them what is typed (issue 54 item 3, as the official
 * inspector warns). The server's name is its own words, so it is escaped and isolated.
 */
export function TrustNote({ serverName, what }: { serverName?: string; what: string }) {
  return (
    <p className="notice small trust-note" data-testid="trust-note">
      {serverName ? <ServerText text={serverName} className="trust-note-server" /> : "The server"} asks for {what}. Only answer if you trust
      this server: what you send goes to it.
    </p>
  );
}

"use client";
import type { ConnectError } from "../../lib/session/state";
import { useAuthEntries } from "../../client/use-authorization";
import { ConnectionErrorBox } from "./connection-error-box";
import { authFailureTitle } from "./auth-failure";

/**
 * An `auth-required` failure headed by what went wrong: the step that failed, or a login to do.
 * Mounted only for that failure, so the record is scanned for auth entries only then.
 */
export function AuthFailureBox({ error, loginWaiting }: { error: ConnectError; loginWaiting: boolean }) {
  const entries = useAuthEntries();
  return (
    <ConnectionErrorBox
      error={error}
      title={authFailureTitle(entries, loginWaiting)}
      hint="Each step of the flow is under Server, Authorization (OAuth)."
    />
  );
}

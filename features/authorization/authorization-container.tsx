"use client";
import { useEffect, useState } from "react";
import type { SessionState } from "../../lib/session/state";
import { useAuthEntries, useForgetAuthorization } from "../../client/use-authorization";
import { AuthorizationView } from "./authorization-view";

/** A minute is fine enough for "expires in 59 min". */
const CLOCK_MS = 30_000;

/**
 * The OAuth debugger under the Server tab: shown for HTTP and SSE targets, and for any session
 * whose record holds authorization steps (a stdio target has none to show).
 */
export function AuthorizationContainer({ state }: { state?: SessionState }) {
  const entries = useAuthEntries();
  const forget = useForgetAuthorization();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), CLOCK_MS);
    return () => clearInterval(timer);
  }, []);
  const http = state?.target !== undefined && state.target.transport !== "stdio";
  if (!http && entries.length === 0 && !state?.authorization) return null;
  return (
    <AuthorizationView
      entries={entries}
      authorization={state?.authorization}
      now={now}
      forgetting={forget.isPending}
      forgetError={forget.error?.message}
      onForget={() => forget.mutate()}
    />
  );
}

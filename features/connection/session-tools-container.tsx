"use client";
import { PingButton } from "./ping-button";
import { RequestSettingsForm } from "./request-settings-form";
import type { SessionState } from "../../lib/session/state";
import { useLocalSetting } from "../../client/local-setting";
import { requestTiming } from "../../client/page-settings";
import { useRequest } from "../../client/protocol-hooks";

/** Under the connection: ping with its round trip, and the timing every request uses. */
export function SessionToolsContainer({ state }: { state?: SessionState }) {
  const ping = useRequest();
  const [timing, setTiming] = useLocalSetting(requestTiming);
  return (
    <div className="session-tools">
      <h2 className="sr-only">Session tools</h2>
      <PingButton
        onPing={() => ping.mutate({ method: "ping" })}
        busy={ping.isPending}
        disabled={state?.status !== "connected"}
        rttMs={ping.data?.durationMs}
        error={ping.error?.message}
      />
      <RequestSettingsForm timing={timing} onChange={setTiming} />
    </div>
  );
}

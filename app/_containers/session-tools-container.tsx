"use client";
import { PingButton } from "../../components/ping-button";
import { RequestSettingsForm } from "../../components/request-settings-form";
import type { SessionState } from "../../lib/session-state";
import { useLocalSetting } from "../../page-lib/local-setting";
import { requestTiming } from "../../page-lib/page-settings";
import { useRequest } from "../../page-lib/protocol-hooks";

/** Under the connection: ping with its round trip, and the timing every request uses. */
export function SessionToolsContainer({ state }: { state?: SessionState }) {
  const ping = useRequest();
  const [timing, setTiming] = useLocalSetting(requestTiming);
  return (
    <div className="session-tools">
      <h2 className="sr-only">Session tools</h2>
      <PingButton onPing={() => ping.mutate({ method: "ping" })} busy={ping.isPending} disabled={state?.status !== "connected"} rttMs={ping.data?.durationMs} error={ping.error?.message} />
      <RequestSettingsForm timing={timing} onChange={setTiming} />
    </div>
  );
}

import { InspectorApp } from "../features/shell/inspector-app";

/** The inspector: everything happens client-side over the backend's WebSocket. */
export default function Page() {
  return <InspectorApp />;
}

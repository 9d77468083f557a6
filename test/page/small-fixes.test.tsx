// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { capabilitiesFor } from "../../server/headless/connect";
import { CapabilityOptions } from "../../features/connection/capability-options";
import { ConnectionErrorBox } from "../../features/connection/connection-error-box";
import { DEFAULT_CAPABILITIES } from "../../features/connection/connection-draft";
import { authFailureTitle, failedStep } from "../../features/connection/auth-failure";
import { RecordingBanner } from "../../features/recording/recording-banner";
import { buildSession } from "../../lib/session/file";
import { ConnectSpecSchema, OfferedCapabilitiesSchema, type OfferedCapabilities } from "../../lib/target/target";
import type { AuthEvent } from "../../lib/auth/steps";
import type { AuthEntry } from "../../lib/record/format";

afterEach(cleanup);

describe("offered capabilities (issue 25 item 6)", () => {
  it("the page and the launcher offer tasks by default; the CLI and check still offer only what they can answer", () => {
    expect(DEFAULT_CAPABILITIES).toMatchObject({ sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: true });
    expect(OfferedCapabilitiesSchema.parse({}).tasks).toBe(true);
    expect(ConnectSpecSchema.parse({ target: { transport: "stdio", command: "node" } }).capabilities.tasks).toBe(true);
    expect(capabilitiesFor({}).tasks).toBe(false);
  });

  it("a capability turned off says what it may hide, and its checkbox is described by it", async () => {
    function Form() {
      const [value, setValue] = useState<OfferedCapabilities>(DEFAULT_CAPABILITIES);
      return <CapabilityOptions value={value} onChange={setValue} />;
    }
    render(<Form />);
    expect(screen.queryByTestId("capabilities-off")).toBeNull();
    const tasks = screen.getByRole("checkbox", { name: "Tasks" });
    await userEvent.click(tasks);
    expect(screen.getByTestId("capabilities-off").textContent).toBe("Tasks off: servers may hide tools that need it, such as task tools.");
    expect(tasks.getAttribute("aria-describedby")).toBe("cap-off-tasks");
    await userEvent.click(screen.getByRole("checkbox", { name: "Sampling" }));
    expect(screen.getByTestId("capabilities-off").querySelectorAll("li")).toHaveLength(2);
    await userEvent.click(tasks);
    await userEvent.click(screen.getByRole("checkbox", { name: "Sampling" }));
    expect(screen.queryByTestId("capabilities-off")).toBeNull();
  });
});

const auth = (seq: number, e: AuthEvent): AuthEntry => ({ seq, t: seq, kind: "auth", auth: e }) as AuthEntry;
const SPEC = "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#client-registration";

describe("the OAuth failure box names the step that failed (issue 25 item 8)", () => {
  const failedAtRegistration = [
    auth(1, { type: "decision", step: "challenge", chose: "authorize", why: "401" }),
    auth(2, { type: "problem", step: "registration", severity: "error", message: "no registration_endpoint", spec: SPEC }),
    auth(3, { type: "outcome", step: "registration", outcome: "failed", message: "no way to register" }),
  ];

  it("the last run's failed step, or a login to do", () => {
    expect(failedStep(failedAtRegistration)).toBe("registration");
    expect(authFailureTitle(failedAtRegistration, false)).toBe("Authorization failed at client registration");
    expect(authFailureTitle(failedAtRegistration, true)).toBe("The server wants you to log in");
    // A later run that succeeded: nothing failed.
    expect(failedStep([...failedAtRegistration, auth(4, { type: "outcome", step: "token", outcome: "authorized" })])).toBeUndefined();
    expect(authFailureTitle([], false)).toBe("Authorization failed");
  });

  it("the box shows that title instead of the kind's", () => {
    const error = {
      kind: "auth-required" as const,
      message: "HTTP 401 Unauthorized from http://x/mcp: the server wants authorization; OAuth, client registration: no way to register",
      stderrTail: [],
    };
    render(<ConnectionErrorBox error={error} title={authFailureTitle(failedAtRegistration, false)} />);
    expect(screen.getByTestId("connection-error-title").textContent).toBe("Authorization failed at client registration");
    cleanup();
    render(<ConnectionErrorBox error={error} />);
    expect(screen.getByTestId("connection-error-title").textContent).toBe("The server wants you to log in");
  });
});

describe("the recording banner follows Reproduce (issue 25 item 5)", () => {
  const session = buildSession({
    inspectorVersion: "1",
    target: { transport: "stdio", command: "node", args: ["s.mjs"], env: {} },
    capabilities: DEFAULT_CAPABILITIES,
    entries: [],
  });
  const line = (run?: Parameters<typeof RecordingBanner>[0]["run"]) => {
    cleanup();
    render(<RecordingBanner session={session} run={run} origin="file" onClose={() => undefined} />);
    const el = screen.getByTestId("recording-run");
    return [el.getAttribute("data-state"), el.textContent];
  };

  it("says nothing has run only until something has", () => {
    expect(line()).toEqual(["not-run", "Nothing has been run: press Reproduce to run it yourself."]);
    expect(line({ state: "running" })).toEqual(["running", "Reproducing it now against the target you confirmed…"]);
    expect(line({ state: "done", connected: true, summary: "3 same, 0 changed", passed: true })).toEqual([
      "done",
      "Reproduced against the target you confirmed: 3 same, 0 changed: every response came back the same.",
    ]);
    expect(line({ state: "done", connected: true, summary: "2 same, 1 changed", passed: false })).toEqual([
      "done",
      "Reproduced against the target you confirmed: 2 same, 1 changed. See Replay diff.",
    ]);
    expect(line({ state: "done", connected: false, summary: "spawn nope ENOENT", passed: false })).toEqual([
      "done",
      "Reproduce could not connect: spawn nope ENOENT.",
    ]);
    expect(line({ state: "failed", message: "this page has no access token" })).toEqual([
      "failed",
      "Reproduce failed: this page has no access token.",
    ]);
  });
});

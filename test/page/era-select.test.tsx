// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { ConnectSpecInput } from "../../lib/target/target";
import { ConnectionForm } from "../../features/connection/connection-form";

afterEach(cleanup);

describe("the connect form's protocol era", () => {
  it("defaults to auto with its explanation; the chosen era goes into the connect spec", async () => {
    const sent: ConnectSpecInput[] = [];
    render(
      <ConnectionForm
        target={{ transport: "stdio", command: "node", args: ["server.mjs"], env: {} }}
        busy={false}
        onConnect={(s) => sent.push(s)}
        onDisconnect={() => undefined}
        onRestart={() => undefined}
      />,
    );
    const select = screen.getByRole("combobox", { name: "Protocol era" }) as HTMLSelectElement;
    expect(select.value).toBe("auto");
    expect(screen.getByTestId("protocol-era-hint").textContent).toContain(
      "switches to 2026-07-28 (server/discover) only when the server refuses",
    );

    await userEvent.selectOptions(select, "modern");
    expect(screen.getByTestId("protocol-era-hint").textContent).toContain("Starts with server/discover");
    await userEvent.click(screen.getByRole("button", { name: "Connect" }));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ protocolEra: "modern", target: { transport: "stdio", command: "node", args: ["server.mjs"] } });

    await userEvent.selectOptions(select, "legacy");
    await userEvent.click(screen.getByRole("button", { name: "Connect" }));
    expect(sent[1].protocolEra).toBe("legacy");
  });
});

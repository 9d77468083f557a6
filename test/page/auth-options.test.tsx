// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AuthOptions } from "../../features/connection/auth-options";
import { DEFAULT_AUTH_DRAFT, type AuthDraft } from "../../features/connection/auth-draft";

afterEach(cleanup);

const seen: AuthDraft[] = [];
function Harness({ start }: { start: AuthDraft }) {
  const [value, setValue] = useState(start);
  return (
    <AuthOptions
      value={value}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}

describe("the Authorization fold in client-credentials mode", () => {
  it("asks for the client id and a secret; the metadata URL of a login has no place here", () => {
    render(<Harness start={DEFAULT_AUTH_DRAFT} />);
    fireEvent.change(screen.getByLabelText("When the server answers 401"), { target: { value: "client-credentials" } });
    expect(screen.getByText(/No person, no browser/)).toBeTruthy();
    expect(screen.getByLabelText("Client id")).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Secret" })).toHaveProperty("checked", true);
    expect(screen.getByLabelText("Client secret")).toHaveProperty("type", "password");
    expect(screen.queryByLabelText("Client metadata URL")).toBeNull();
  });

  it("a private key read from a file: held, shown only as its kind and length, removable; the algorithm offered with Automatic first", async () => {
    render(<Harness start={{ ...DEFAULT_AUTH_DRAFT, mode: "client-credentials" }} />);
    fireEvent.click(screen.getByRole("radio", { name: "Private key" }));
    expect(screen.queryByLabelText("Client secret")).toBeNull();
    const alg = screen.getByLabelText("Signing algorithm") as HTMLSelectElement;
    expect([...alg.options].map((o) => o.text).slice(0, 3)).toEqual(["Automatic (from the key and the server)", "RS256", "RS384"]);
    fireEvent.change(alg, { target: { value: "ES256" } });
    const pem = "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n";
    const file = new File([pem], "robot.pem", { type: "application/x-pem-file" });
    fireEvent.change(screen.getByLabelText("…or read it from a file"), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId("private-key-held").textContent).toBe(
        `Read robot.pem: a PKCS#8 key, ${pem.length} characters, held in this form until you connect. Remove key`,
      ),
    );
    expect(document.body.textContent).not.toContain("abc");
    expect(seen.at(-1)).toMatchObject({
      mode: "client-credentials",
      proof: "private-key",
      clientPrivateKey: pem,
      clientSigningAlg: "ES256",
    });
    fireEvent.click(screen.getByRole("button", { name: "Remove key" }));
    expect(seen.at(-1)?.clientPrivateKey).toBe("");
    expect(screen.getByLabelText("Private key (PEM)")).toBeTruthy();
  });

  it("a pasted key is taken at once and not shown back", () => {
    render(<Harness start={{ ...DEFAULT_AUTH_DRAFT, mode: "client-credentials", proof: "private-key" }} />);
    const pem = "-----BEGIN EC PRIVATE KEY-----\nxyz\n-----END EC PRIVATE KEY-----";
    fireEvent.change(screen.getByLabelText("Private key (PEM)"), { target: { value: pem } });
    expect(screen.getByTestId("private-key-held").textContent).toMatch(
      new RegExp(`^Pasted: an EC key \\(SEC1\\), ${pem.length} characters`),
    );
    expect(document.body.textContent).not.toContain("xyz");
  });
});

import { describe, expect, test } from "vitest";
import { allowAttribute, buildAppCsp, cspSourceProblem, hostPolicyReason, wrapAppHtml } from "../../lib/apps/csp";
import { openableUrl } from "../../lib/apps/open-link";
import { appIsAlarming } from "../../lib/record/app-entry-facts";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("the App's CSP", () => {
  test("with no _meta.ui.csp: deny-all, no connections, no frames, inline script and style only", () => {
    const csp = buildAppCsp(undefined);
    expect(directive(csp, "default-src")).toBe("default-src 'none'");
    expect(directive(csp, "connect-src")).toBe("connect-src 'none'");
    expect(directive(csp, "frame-src")).toBe("frame-src 'none'");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'report-sample'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  test("each declared domain list widens only its own directives", () => {
    const csp = buildAppCsp({
      connectDomains: ["https://api.example.com", "wss://live.example.com"],
      resourceDomains: ["https://*.cdn.example"],
      frameDomains: ["https://www.youtube.com"],
      baseUriDomains: ["https://base.example"],
    });
    expect(directive(csp, "connect-src")).toBe("connect-src https://api.example.com wss://live.example.com");
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'report-sample' https://*.cdn.example");
    expect(directive(csp, "img-src")).toContain("https://*.cdn.example");
    expect(directive(csp, "frame-src")).toBe("frame-src https://www.youtube.com");
    expect(directive(csp, "base-uri")).toBe("base-uri https://base.example");
  });

  test("a malformed or too-wide domain is dropped, never used to loosen the policy", () => {
    for (const bad of [
      "*",
      "https:",
      "http://evil.example",
      "https://a.example; script-src *",
      "'unsafe-eval'",
      "data:",
      "https://a.example/path 'unsafe-inline'",
      "javascript:alert(1)",
    ]) {
      expect(cspSourceProblem(bad), bad).toBeDefined();
      const csp = buildAppCsp({ connectDomains: [bad], resourceDomains: [bad] });
      expect(directive(csp, "connect-src")).toBe("connect-src 'none'");
      expect(directive(csp, "script-src")).toBe("script-src 'self' 'unsafe-inline' 'report-sample'");
    }
    expect(cspSourceProblem("http://localhost:3000")).toBeUndefined();
  });

  test("the policy is the first thing in the App's document; the App's bytes follow untouched", () => {
    const html = '<!DOCTYPE html><html><head><title>x"</title></head><body>hi</body></html>';
    const wrapped = wrapAppHtml(html, `default-src 'none'; img-src "x"`);
    expect(
      wrapped.startsWith(
        '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src &quot;x&quot;">',
      ),
    ).toBe(true);
    expect(wrapped.endsWith(html)).toBe(true);
  });

  test("permissions become the frame's allow list", () => {
    expect(allowAttribute({ camera: {}, clipboardWrite: {} })).toBe("camera; clipboard-write");
    expect(allowAttribute(undefined)).toBe("");
  });
});

describe("ui/open-link", () => {
  test("only http(s) URLs may be opened", () => {
    expect(openableUrl("https://example.com/docs")).toBe("https://example.com/docs");
    expect(openableUrl("http://example.com")).toBe("http://example.com");
    for (const bad of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "data:text/html,hi",
      "/relative",
      "JAVASCRIPT:alert(1)",
      "https://",
      42,
    ])
      expect(openableUrl(bad), String(bad)).toBeUndefined();
  });
});

describe("a CSP violation that is the host's policy (issue 39 item 4)", () => {
  test("eval refused by script-src is information (no _meta.ui.csp can allow it); a blocked origin or inline style is the App's", () => {
    expect(hostPolicyReason({ directive: "script-src", blockedUri: "eval" })).toMatch(/never allow eval/);
    expect(hostPolicyReason({ directive: "script-src-elem", blockedUri: "wasm-eval" })).toBeDefined();
    expect(hostPolicyReason({ directive: "connect-src", blockedUri: "https://api.example.com" })).toBeUndefined();
    expect(hostPolicyReason({ directive: "script-src-elem", blockedUri: "https://cdn.example.com/x.js" })).toBeUndefined();
    // The label and the alarm follow it: the row says "information" and does not stand out.
    const entry = {
      kind: "app",
      seq: 1,
      t: 0,
      appId: "a",
      tool: "get-time",
      dir: "app->host",
      cspViolation: { directive: "script-src", blockedUri: "eval", disposition: "enforce" },
    } as const;
    expect(appIsAlarming(entry as never)).toBe(false);
    expect(appIsAlarming({ ...entry, cspViolation: { ...entry.cspViolation, blockedUri: "https://x.example" } } as never)).toBe(true);
  });
});

import type { Family, Rule } from "../rule";

// MCP authorization (2025-11-25 basic/authorization): the OAuth client reports what it found
// wrong at each step of the flow as a `problem` event (a resource metadata `resource` that does
// not cover the server URL, an authorization server without PKCE S256, a token endpoint over
// plain HTTP on another host, metadata that is not JSON, an issuer that does not match…), with
// the spec section. The lint shows each as a finding at its entry, with the event's severity.

export const AUTH_PROBLEM: Rule = {
  id: "auth/problem",
  severity: "error",
  specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization",
  summary:
    "A step of MCP authorization went wrong on the server's side (metadata, registration, PKCE, token, redirect): the step, what was wrong, and its spec section; warnings for what the client worked around.",
};

export function authFamily(): Family {
  return {
    rules: [AUTH_PROBLEM],
    reset() {},
    other(entry, report) {
      if (entry.kind !== "auth" || entry.auth.type !== "problem") return;
      const p = entry.auth;
      report(AUTH_PROBLEM, entry.seq, `${p.step}: ${p.message}`, { severity: p.severity, specUrl: p.spec });
    },
  };
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/target/config-file";
import { hostServers } from "../../lib/target/host-config";
import { HOSTS } from "../../lib/target/host-entry";
import { hostOfPath } from "../../lib/target/host-paths";
import { HOST_KEY } from "../../lib/target/host-rules";
import { FUZZ_TIMEOUT, fuzz, hostileJson, hostileText } from "./fuzz";

// A host's file comes with a clone (issue 75): any text, any entry, is read by its host's rules or
// refused with a ConfigError naming the file; one bad entry fails alone; a value filled from the
// environment is remembered as filled, so every report can mask it.

const piece = fc.oneof(
  hostileText(20),
  fc.constantFrom(
    "${V}",
    "${V:-d}",
    "${env:V}",
    "$V",
    "${input:k}",
    "${workspaceFolder}",
    "${userHome}",
    "${",
    "}",
    "${env:",
    "$",
    "{env:V}",
    "{env:",
  ),
);
const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
const entry = fc.record(
  {
    command: fc.oneof(text, fc.array(text, { maxLength: 3 })),
    type: fc.constantFrom("local", "remote", "stdio", "http", "sse", "streamableHttp", "streamable-http"),
    environment: fc.dictionary(fc.constantFrom("A", "B"), text),
    transport: fc.oneof(
      fc.record({ type: fc.constantFrom("stdio", "sse", "streamableHttp"), command: text, args: fc.array(text, { maxLength: 2 }) }),
      text,
    ),
    tools: fc.oneof(fc.array(fc.constantFrom("*", "a"), { maxLength: 2 }), text),
    args: fc.array(text, { maxLength: 4 }),
    env: fc.dictionary(fc.constantFrom("A", "B"), text),
    url: text,
    headers: fc.dictionary(fc.constantFrom("Authorization", "X"), text),
    httpUrl: text,
    envFile: text,
    bearerTokenEnvVar: fc.constantFrom("V", "UNSET"),
    enabled: fc.boolean(),
    disabled: fc.boolean(),
    env_vars: fc.array(fc.constantFrom("V", "UNSET"), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const SECRET = "fuzz-filled-value-9911";

describe("host files", () => {
  it(
    "any entry of any host's file is read or fails alone with a message; a filled value is always remembered",
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...HOSTS.filter((h) => h !== "codex")),
          fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(entry, hostileJson(3))),
          (host, servers) => {
            // Codex's TOML text is fuzzed below; its entries' rules are host-config.test.ts's.
            const layerText = JSON.stringify({ [HOST_KEY[host]]: servers });
            const read = hostServers(
              host,
              [{ file: "f", text: layerText, scope: "project", workspace: "/w" }],
              { V: SECRET },
              {
                home: "/h",
                readFile: () => `K=${SECRET}\n`,
              },
            );
            expect(read.map((s) => s.name).sort()).toEqual(Object.keys(servers).sort());
            for (const s of read) {
              if (!s.ok) expect(s.message.length).toBeGreaterThan(0);
              const shown = JSON.stringify(s.ok ? s.target : {});
              if (shown.includes(SECRET)) expect(s.filled).toContain(SECRET);
            }
          },
        ),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "any text as a file elsewhere is given a host, never a throw; a TOML file that is not TOML is a ConfigError",
    () => {
      fc.assert(
        fc.property(hostileText(200), fc.constantFrom("/p/x.json", "/p/x.toml", "/p/.vscode/mcp.json", "C:\\p\\x.json"), (t, p) => {
          expect(HOSTS).toContain(hostOfPath(p, "/h", t).host);
          try {
            hostServers("codex", [{ file: "c.toml", text: t, scope: "file" }], {});
          } catch (e) {
            expect(e).toBeInstanceOf(ConfigError);
          }
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

import fc from "fast-check";
import { stringify as yamlStringify } from "yaml";
import { describe, expect, it } from "vitest";
import { buildAppCsp, cspSourceProblem } from "../../lib/apps/csp";
import { idOf, methodOf, requestOf, summaryOf, type AppMessage } from "../../lib/apps/app-messages";
import { appResourceMetaOf, appToolCallRefusal, visibilityOf } from "../../lib/apps/app-meta";
import { openableUrl } from "../../lib/apps/open-link";
import { parseFrontmatter, splitSkillFile } from "../../lib/skills/skill-file";
import { normalizeSkillUri, skillNameFromUri, skillRoot } from "../../lib/skills/uri";
import { checkAuthorizationEndpoint } from "../../server/auth/authorization";
import { authServerMetadataUrls, resourceCovers, resourceMetadataUrls } from "../../server/auth/discovery";
import { KnownSecrets } from "../../server/auth/known-secrets";
import type { FlowContext } from "../../server/auth/http";
import { AuthServerMetadataSchema, ResourceMetadataSchema, TokenResponseSchema } from "../../server/auth/metadata";
import { openRefusal } from "../../server/launcher/open-browser";
import { FUZZ_TIMEOUT, fuzz, hostileJson, hostileText } from "./fuzz";

// Skills (a server's SKILL.md files), OAuth metadata (an authorization server's JSON) and App
// messages (a sandboxed frame's postMessage) are all written by someone else.

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileText(60),
  fc
    .tuple(
      fc.constantFrom("javascript:", "file:", "data:", "vbscript:", "HTTPS:", " http:", "http:", "skill:", "blob:"),
      fc.string({ maxLength: 30 }),
    )
    .map(([s, r]) => `${s}//${r}`),
);

describe("skills", () => {
  it(
    "a SKILL.md made of YAML frontmatter and a body splits and parses back to the same fields and body",
    () => {
      const fields = fc.dictionary(
        fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== "__proto__"),
        fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
        { maxKeys: 5 },
      );
      const body = hostileText(120).filter((b) => !/^\r?\n/.test(b));
      fc.assert(
        fc.property(fields, body, (f, b) => {
          const split = splitSkillFile(`---\n${Object.keys(f).length ? yamlStringify(f) : ""}---\n${b}`);
          expect(split.body).toBe(b);
          const parsed = parseFrontmatter(split.frontmatter ?? "");
          expect(parsed).toEqual({ fields: f });
        }),
        fuzz(200),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "any file and any URI is answered (fields or an error; a URI or none), never thrown; a skill's name is one path segment",
    () => {
      fc.assert(
        fc.property(hostileText(200), url, (text, uri) => {
          const split = splitSkillFile(text);
          const parsed = parseFrontmatter(split.frontmatter ?? text);
          expect("fields" in parsed || typeof parsed.error === "string").toBe(true);
          normalizeSkillUri(uri);
          const name = skillNameFromUri(uri);
          if (name !== undefined) expect(name).not.toContain("/");
          const root = skillRoot(uri);
          if (root !== undefined) expect(root.endsWith("/")).toBe(true);
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("OAuth metadata", () => {
  const ctx = { report: () => undefined } as unknown as FlowContext;

  it(
    "any metadata is parsed or refused without throwing; a login URL that is not http(s) is never accepted",
    () => {
      fc.assert(
        fc.property(hostileJson(3), url, (json, endpoint) => {
          for (const schema of [AuthServerMetadataSchema, ResourceMetadataSchema, TokenResponseSchema]) schema.safeParse(json);
          const meta = { authorization_endpoint: endpoint, token_endpoint: "https://as.example/token" };
          let accepted = true;
          try {
            checkAuthorizationEndpoint(ctx, meta);
          } catch {
            accepted = false;
          }
          if (accepted) expect(["http:", "https:"]).toContain(new URL(endpoint).protocol);
          if (openRefusal(endpoint) === undefined) expect(["http:", "https:"]).toContain(new URL(endpoint).protocol);
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "discovery asks only the origin it was given: every well-known URL of a server or an issuer is on its origin, and a resource covers only its own",
    () => {
      const path = fc
        .array(fc.oneof(fc.constantFrom("", "/", "//", "evil.example", "..", "%2F", "@", "\\", "?x", "#f"), fc.webSegment()), {
          maxLength: 5,
        })
        .map((p) => p.join("/"));
      fc.assert(
        fc.property(fc.constantFrom("https://as.example", "http://127.0.0.1:8080"), path, url, (origin, p, other) => {
          if (!URL.canParse(`${origin}/${p}`)) return;
          const at = new URL(`${origin}/${p}`);
          // A path that starts with `//` is the case found below.
          if (at.pathname.startsWith("//")) return;
          for (const u of [...resourceMetadataUrls(at), ...authServerMetadataUrls(at)]) expect(new URL(u).origin, u).toBe(at.origin);
          if (resourceCovers(other, at)) expect(new URL(other).origin).toBe(at.origin);
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  // Found by the property above; server/auth is not this suite's to change, so it is reported, and
  // this test flips when it is fixed. An issuer whose path starts with `//` makes the third
  // well-known URL protocol-relative: `new URL("//evil.example/x/.well-known/…", origin)` is on
  // evil.example. The flow's origin check (AllowedOrigins) refuses to send there, so discovery
  // fails instead of reaching the right URL.
  it("found: an issuer https://as.example//evil.example/x gets a well-known URL on evil.example", () => {
    for (const u of authServerMetadataUrls(new URL("https://as.example//evil.example/x")))
      expect(new URL(u).origin).toBe("https://as.example");
  });

  it(
    "a token the flow holds never comes out of its masks, as written or percent-encoded, wherever it sits",
    () => {
      const token = fc.string({ minLength: 6, maxLength: 40, unit: fc.constantFrom(..."abcXYZ0189-._~+/=%& ") });
      fc.assert(
        fc.property(token, hostileText(40), hostileText(40), fc.boolean(), (t, before, after, encoded) => {
          const secrets = new KnownSecrets();
          secrets.add(t);
          const shown = secrets.mask(`${before}${encoded ? encodeURIComponent(t) : t}${after}`);
          expect(shown.includes(t) && !`${before}${after}`.includes(t)).toBe(false);
          if (encoded) expect(shown.includes(encodeURIComponent(t)) && !`${before}${after}`.includes(encodeURIComponent(t))).toBe(false);
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("App messages", () => {
  it(
    "any message is summarised without throwing; a response is paired only with an earlier request of the same id sent the other way",
    () => {
      const message = fc.oneof(
        hostileJson(3),
        fc.record(
          {
            jsonrpc: fc.constant("2.0"),
            id: fc.oneof(fc.nat(3), fc.constantFrom("a", "1")),
            method: fc.constantFrom("tools/call", "ui/initialize"),
          },
          { requiredKeys: ["id"] },
        ),
      );
      const log = fc.array(fc.record({ dir: fc.constantFrom("app->host" as const, "host->app" as const), message }), { maxLength: 8 });
      fc.assert(
        fc.property(log, (items) => {
          const messages: AppMessage[] = items.map((m, i) => ({ n: i + 1, t: i, ...m }));
          for (const m of messages) {
            expect(typeof summaryOf(m.message)).toBe("string");
            const req = requestOf(messages, m);
            if (req) {
              expect(req.n).toBeLessThan(m.n);
              expect(req.dir).not.toBe(m.dir);
              expect(idOf(req.message)).toBe(idOf(m.message));
              expect(methodOf(req.message)).toBeDefined();
              expect(methodOf(m.message)).toBeUndefined();
            }
          }
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "an App's tools/call goes to the server only for a listed tool whose visibility names the App; any _meta is read without throwing",
    () => {
      const meta = fc.oneof(
        hostileJson(3),
        fc.record({
          ui: fc.record(
            { visibility: fc.oneof(fc.array(fc.constantFrom("model", "app", "APP", " app", 1, null)), hostileJson(1)) },
            { requiredKeys: [] },
          ),
        }),
      );
      const tools = fc.array(
        fc.record({ name: fc.constantFrom("a", "b", "__proto__", "toString", ""), _meta: meta }, { requiredKeys: ["name"] }),
        { maxLength: 4 },
      );
      fc.assert(
        fc.property(tools, fc.oneof(fc.constantFrom("a", "b", "__proto__", "toString", "c", ""), hostileJson(1)), (list, name) => {
          appResourceMetaOf({ _meta: list[0]?._meta });
          const refusal = appToolCallRefusal(list, name);
          if (refusal === undefined) {
            const tool = list.find((t) => t.name === name);
            expect(tool).toBeDefined();
            expect(visibilityOf(tool!)).toContain("app");
          }
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "ui/open-link opens only http(s) URLs; an App's declared CSP domains cannot add a directive or a source that is not an origin",
    () => {
      fc.assert(
        fc.property(url, fc.array(fc.oneof(url, hostileText(30)), { maxLength: 4 }), (link, domains) => {
          const opened = openableUrl(link);
          // A string that is no URL at all is the case found below; anything that parses is http(s).
          if (opened !== undefined && URL.canParse(opened)) expect(["http:", "https:"]).toContain(new URL(opened).protocol);
          const csp = buildAppCsp({ connectDomains: domains, resourceDomains: domains, frameDomains: domains, baseUriDomains: domains });
          const directives = csp.split("; ").map((d) => d.split(" ")[0]);
          expect(directives).toEqual([
            "default-src",
            "script-src",
            "style-src",
            "img-src",
            "font-src",
            "media-src",
            "connect-src",
            "frame-src",
            "base-uri",
            "object-src",
            "form-action",
          ]);
          for (const d of domains) if (cspSourceProblem(d) !== undefined && d.length > 0) expect(csp.split(/[ ;]+/)).not.toContain(d);
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  // Found by the property above; lib/apps is not this suite's to change, so it is reported, and
  // this test flips when it is fixed: ui/open-link's check takes a string that is no URL.
  it("found: openableUrl accepts https://[ , which is not a URL", () => {
    expect(openableUrl("https://[")).toBeUndefined();
  });
});

import { describe, expect, test } from "vitest";
import {
  appResourceUriOf,
  appToolCallRefusal,
  isAppMimeType,
  visibilityOf,
  visibleToApp,
  appResourceMetaOf,
  toolInvocationTextsOf,
} from "../../lib/apps/app-meta";
import { clientCapabilitiesObject, OfferedCapabilitiesSchema } from "../../lib/target/target";

describe("finding Apps", () => {
  test("a tool's UI is named by _meta.ui.resourceUri, or by the older flat ui/resourceUri key", () => {
    expect(appResourceUriOf({ _meta: { ui: { resourceUri: "ui://get-time/mcp-app.html" } } })).toBe("ui://get-time/mcp-app.html");
    expect(appResourceUriOf({ _meta: { "ui/resourceUri": "ui://old/app.html" } })).toBe("ui://old/app.html");
    // Both, as ext-apps' registerAppTool writes them: the nested one wins.
    expect(appResourceUriOf({ _meta: { ui: { resourceUri: "ui://new" }, "ui/resourceUri": "ui://old" } })).toBe("ui://new");
  });

  test("only a ui:// URI makes an App; other tools and odd metadata do not", () => {
    expect(appResourceUriOf({})).toBeUndefined();
    expect(appResourceUriOf({ _meta: { ui: { resourceUri: "https://evil.example/app.html" } } })).toBeUndefined();
    expect(appResourceUriOf({ _meta: { ui: "ui://x" } })).toBeUndefined();
    expect(appResourceUriOf({ _meta: { ui: { resourceUri: 42 } } })).toBeUndefined();
  });

  test("the App mime type is recognised however it is spaced or cased", () => {
    expect(isAppMimeType("text/html;profile=mcp-app")).toBe(true);
    expect(isAppMimeType("text/html; profile=MCP-App")).toBe(true);
    expect(isAppMimeType("text/html")).toBe(false);
    expect(isAppMimeType(undefined)).toBe(false);
  });

  test("a resource's _meta.ui is read leniently: a malformed field is left out, not the whole", () => {
    const meta = appResourceMetaOf({
      _meta: {
        ui: {
          csp: { connectDomains: ["https://api.example.com"], resourceDomains: "not a list" },
          permissions: { camera: {} },
          prefersBorder: "yes",
        },
      },
    });
    expect(meta.csp).toEqual({ connectDomains: ["https://api.example.com"] });
    expect(meta.permissions?.camera).toEqual({});
    expect(meta.prefersBorder).toBeUndefined();
  });

  test("the page offers the ui extension with its mime type by default", () => {
    const caps = clientCapabilitiesObject(OfferedCapabilitiesSchema.parse({}));
    expect(caps.extensions).toEqual({ "io.modelcontextprotocol/ui": { mimeTypes: ["text/html;profile=mcp-app"] } });
  });
});

describe("visibility", () => {
  const tools = [
    { name: "open", _meta: {} },
    { name: "model-only", _meta: { ui: { visibility: ["model"] } } },
    { name: "app-only", _meta: { ui: { visibility: ["app"] } } },
  ];

  test("absent visibility means model and App", () => {
    expect(visibilityOf(tools[0])).toEqual(["model", "app"]);
    expect(visibleToApp(tools[0])).toBe(true);
  });

  test("an App's tools/call to a tool whose visibility leaves the App out is refused, saying why", () => {
    expect(appToolCallRefusal(tools, "model-only")).toMatch(/model-only is not visible to Apps/);
    expect(appToolCallRefusal(tools, "app-only")).toBeUndefined();
    expect(appToolCallRefusal(tools, "open")).toBeUndefined();
    // A tool no page of the listing names is refused: it may be hidden on a page the check never saw.
    expect(appToolCallRefusal(tools, "unlisted")).toMatch(/lists no tool named "unlisted"/);
    expect(appToolCallRefusal(tools, 7)).toMatch(/needs a tool name/);
  });
});

describe("ChatGPT's template and tool keys", () => {
  test("openai/widgetDomain and openai/widgetPrefersBorder are the resource's domain and border; _meta.ui wins", () => {
    expect(
      appResourceMetaOf({ _meta: { "openai/widgetDomain": "https://w.example.com", "openai/widgetPrefersBorder": true } }),
    ).toMatchObject({
      domain: "https://w.example.com",
      prefersBorder: true,
    });
    expect(
      appResourceMetaOf({
        _meta: { ui: { domain: "a.example", prefersBorder: false }, "openai/widgetDomain": "b", "openai/widgetPrefersBorder": true },
      }),
    ).toMatchObject({ domain: "a.example", prefersBorder: false });
    expect(appResourceMetaOf({ _meta: { "openai/widgetPrefersBorder": "yes" } }).prefersBorder).toBeUndefined();
  });

  test("openai/toolInvocation/invoking and invoked are the call's status texts", () => {
    expect(
      toolInvocationTextsOf({ _meta: { "openai/toolInvocation/invoking": "Working…", "openai/toolInvocation/invoked": "Done" } }),
    ).toEqual({
      invoking: "Working…",
      invoked: "Done",
    });
    expect(toolInvocationTextsOf({ _meta: { "openai/toolInvocation/invoking": "  ", "openai/toolInvocation/invoked": 3 } })).toEqual({
      invoking: undefined,
      invoked: undefined,
    });
  });
});

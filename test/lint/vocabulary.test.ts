import type * as Mcp from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { LOG_LEVELS, isLogLevel, levelRank, type LogLevel } from "../../lib/protocol/log-levels";
import {
  NOTIFICATION_METHODS,
  PARAM_SCHEMAS,
  REQUEST_METHODS,
  SERVER_REQUEST_METHODS,
  composerSchema,
  isServerRequestMethod,
  type ServerRequestMethod,
} from "../../lib/protocol/methods";
import { asTools, type CallToolResult, type ContentBlock, type Implementation, type Tool } from "../../lib/protocol/shapes";

// lib/protocol takes the MCP vocabulary from the SDK once; these pin what its users rely on.
describe("the protocol vocabulary from the SDK", () => {
  it("log levels in RFC 5424 order, least severe first, with one rank for unknown levels", () => {
    expect(LOG_LEVELS).toEqual(["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"]);
    expect(isLogLevel("warning")).toBe(true);
    expect(isLogLevel("verbose")).toBe(false);
    expect(isLogLevel(3)).toBe(false);
    expect(levelRank("error")).toBeGreaterThan(levelRank("warning"));
    expect(levelRank("verbose")).toBe(levelRank("info"));
    expectTypeOf<LogLevel>().toEqualTypeOf<Mcp.LoggingLevel>();
  });

  it("the raw composer offers the protocol's methods and the levels logging/setLevel takes", () => {
    expect(REQUEST_METHODS).toEqual(
      expect.arrayContaining(["ping", "initialize", "tools/call", "resources/read", "logging/setLevel", "tasks/cancel"]),
    );
    expect(REQUEST_METHODS).not.toContain("sampling/createMessage");
    expect(NOTIFICATION_METHODS).toEqual(
      expect.arrayContaining([
        "notifications/initialized",
        "notifications/cancelled",
        "notifications/progress",
        "notifications/roots/list_changed",
      ]),
    );
    expect(PARAM_SCHEMAS["logging/setLevel"]).toMatchObject({ properties: { level: { enum: [...LOG_LEVELS] } }, required: ["level"] });
    expect(composerSchema("request")).toMatchObject({ properties: { method: { anyOf: [{ enum: REQUEST_METHODS }, { type: "string" }] } } });
  });

  it("the server->client requests a client answers", () => {
    expect(SERVER_REQUEST_METHODS).toEqual(["sampling/createMessage", "elicitation/create", "roots/list"]);
    expectTypeOf<ServerRequestMethod>().toEqualTypeOf<"sampling/createMessage" | "elicitation/create" | "roots/list">();
    expect(isServerRequestMethod("roots/list")).toBe(true);
    expect(isServerRequestMethod("ping")).toBe(false);
  });

  it("shapes accept what the SDK types and what an untrusted target may leave out", () => {
    // Whatever the SDK would build fits the page's shapes...
    expectTypeOf<Mcp.Tool>().toExtend<Tool>();
    expectTypeOf<Mcp.Implementation>().toExtend<Implementation>();
    expectTypeOf<Mcp.ContentBlock>().toExtend<ContentBlock>();
    expectTypeOf<Mcp.CallToolResult>().toExtend<CallToolResult>();
    // ...and so does what a careless target sends: no schema, no version, an unknown content type.
    expectTypeOf<{ name: string }>().toExtend<Tool>();
    expectTypeOf<{ name: string }>().toExtend<Implementation>();
    expectTypeOf<{ type: "video"; url: string }>().toExtend<ContentBlock>();
    expectTypeOf<{ structuredContent: [1, 2] }>().toExtend<CallToolResult>();
    expect(
      asTools([{ name: "a" }, { title: "no name" }, null, "x", { name: "b", inputSchema: { type: "array" } }]).map((t) => t.name),
    ).toEqual(["a", "b"]);
    expect(asTools({ tools: [] })).toEqual([]);
  });
});

import { expect, test } from "vitest";
import { SUPPORTED_PROTOCOL_VERSIONS as V1 } from "@modelcontextprotocol/sdk/types.js";
import { SUPPORTED_PROTOCOL_VERSIONS as V2 } from "@modelcontextprotocol/client";
import { SUPPORTED_PROTOCOL_VERSIONS } from "../lib/protocol/sdk";

// lib/protocol/sdk.ts writes the list out (so the page carries no v1 schemas); it must stay the SDKs'.
test("the supported protocol versions are the SDK's list (v1 and v2 alike), newest first", () => {
  expect(SUPPORTED_PROTOCOL_VERSIONS).toEqual(V1);
  expect(SUPPORTED_PROTOCOL_VERSIONS).toEqual(V2);
});

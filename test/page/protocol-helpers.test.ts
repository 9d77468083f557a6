import { describe, expect, it } from "vitest";
import { decodeBase64, fileNameFor, hexDump, languageForMime, utf8Text } from "../../components/blob-preview";
import { acceptContent, elicitationFormSchema } from "../../features/requests/elicitation";
import { classifyHandled } from "../../features/requests/handled-requests";
import { parseComposer } from "../../lib/protocol/methods";
import { expandTemplate, templateVariables } from "../../features/resources/uri-template";
import type { Entry } from "../../lib/record/format";

describe("RFC 6570 templates", () => {
  it("names each variable once, with its operator and modifiers", () => {
    expect(templateVariables("demo://resource/dynamic/text/{resourceId}").map((v) => v.name)).toEqual(["resourceId"]);
    const vars = templateVariables("file:///{+path}{?q,lang}{&page}{#frag}/{x:3}/{list*}/{q}");
    expect(vars.map((v) => [v.name, v.operator])).toEqual([
      ["path", "+"],
      ["q", "?"],
      ["lang", "?"],
      ["page", "&"],
      ["frag", "#"],
      ["x", ""],
      ["list", ""],
    ]);
    expect(vars.find((v) => v.name === "x")?.maxLength).toBe(3);
    expect(vars.find((v) => v.name === "list")?.explode).toBe(true);
    expect(templateVariables("no variables {} {bad name} {a-b}")).toEqual([]);
  });

  it("expands by the RFC's rules (examples from section 3.2)", () => {
    const v = { var: "value", hello: "Hello World!", path: "/foo/bar", x: "1024", y: "768", empty: "" };
    expect(expandTemplate("{var}", v)).toBe("value");
    expect(expandTemplate("{hello}", v)).toBe("Hello%20World%21");
    expect(expandTemplate("{+hello}", v)).toBe("Hello%20World!");
    expect(expandTemplate("{+path}/here", v)).toBe("/foo/bar/here");
    expect(expandTemplate("{#path}", v)).toBe("#/foo/bar");
    expect(expandTemplate("map?{x,y}", v)).toBe("map?1024,768");
    expect(expandTemplate("{?x,y,empty}", v)).toBe("?x=1024&y=768&empty=");
    expect(expandTemplate("{;x,y,empty}", v)).toBe(";x=1024;y=768;empty");
    expect(expandTemplate("{/var,x}/here", v)).toBe("/value/1024/here");
    expect(expandTemplate("X{.var}", v)).toBe("X.value");
    expect(expandTemplate("{var:3}", v)).toBe("val");
    expect(expandTemplate("{?undef}", v)).toBe("");
    expect(expandTemplate("{x}é", { x: "é" })).toBe("%C3%A9é");
  });
});

describe("elicitation form schema", () => {
  it("turns legacy enumNames into titled options and enum arrays into multi-selects", () => {
    const { schema, multiSelect } = elicitationFormSchema({
      type: "object",
      properties: {
        pet: { type: "string", enum: ["p1", "p2"], enumNames: ["Cats", "Dogs"] },
        fish: { type: "array", items: { anyOf: [{ const: "f1", title: "Tuna" }] } },
        name: { type: "string" },
      },
      required: ["name"],
    });
    expect((schema.properties as Record<string, unknown>).pet).toEqual({
      type: "string",
      oneOf: [
        { const: "p1", title: "Cats" },
        { const: "p2", title: "Dogs" },
      ],
    });
    expect(multiSelect).toEqual(["fish"]);
    expect(schema.required).toEqual(["name"]);
    expect(acceptContent(schema, { name: "Ada", pet: "", extra: 1, fish: ["f1"] })).toEqual({ name: "Ada", fish: ["f1"] });
  });
});

describe("how a server request ended", () => {
  const response = (message: unknown): Entry => ({ seq: 9, t: 0, kind: "message", dir: "client->server", message, size: 1 });
  it("tells a timeout, a rejection, another error and an answer apart", () => {
    expect(
      classifyHandled(
        3,
        "sampling/createMessage",
        response({ jsonrpc: "2.0", id: 1, error: { code: -32001, message: "Request timed out: nobody answered" } }),
      ),
    ).toMatchObject({ outcome: "timed-out", responseSeq: 9 });
    expect(
      classifyHandled(
        3,
        "sampling/createMessage",
        response({ jsonrpc: "2.0", id: 1, error: { code: -1, message: "User rejected sampling request" } }),
      ).outcome,
    ).toBe("rejected");
    expect(
      classifyHandled(3, "elicitation/create", response({ jsonrpc: "2.0", id: 1, error: { code: -32603, message: "x" } })).outcome,
    ).toBe("error");
    expect(classifyHandled(3, "roots/list", response({ jsonrpc: "2.0", id: 1, result: { roots: [{ uri: "file:///a" }] } }))).toMatchObject({
      outcome: "answered",
      detail: "1 root(s)",
    });
    expect(
      classifyHandled(3, "sampling/createMessage", response({ jsonrpc: "2.0", id: 1, result: { task: { taskId: "t1" } } })).detail,
    ).toBe("task created (t1)");
    expect(classifyHandled(3, "roots/list", undefined).outcome).toBe("unanswered");
  });
});

describe("small pure helpers", () => {
  it("previews blobs: base64, hex dump, UTF-8 text, a file name, a language for colouring", () => {
    const bytes = decodeBase64("UmVzb3VyY2UgMQ==")!;
    expect(utf8Text(bytes)).toBe("Resource 1");
    expect(hexDump(bytes)).toBe("00000000  52 65 73 6f 75 72 63 65 20 31                    Resource 1");
    expect(decodeBase64("not base64!")).toBeUndefined();
    expect(utf8Text(new Uint8Array([0xff, 0xfe]))).toBeUndefined();
    expect(fileNameFor("demo://resource/dynamic/blob/2", "text/plain")).toBe("2.txt");
    expect(fileNameFor("file:///x/README.md.gz")).toBe("README.md.gz");
    expect(languageForMime("application/json; charset=utf-8")).toBe("json");
    expect(languageForMime("text/markdown")).toBe("markdown");
    expect(languageForMime("text/plain")).toBeUndefined();
  });

  it("parses the raw composer", () => {
    expect(parseComposer('{"method":"ping"}')).toEqual({ ok: true, method: "ping", params: undefined });
    expect(parseComposer('{"method":"x","params":[1]}').ok).toBe(false);
    expect(parseComposer("[]").ok).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CommandSchema } from "../../lib/wire/protocol";
import { ReplySchemas } from "../../lib/wire/replies";
import { ROOT } from "../helpers/targets";

describe("docs/websocket-protocol.md", () => {
  const doc = readFileSync(path.join(ROOT, "docs/websocket-protocol.md"), "utf8");
  // The command table's rows: "| `name` |" or "| `a`, `b` |" in the first cell.
  const documented = new Set(
    doc
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .flatMap((l) => [...l.split(" | ")[0].matchAll(/`([a-z-]+)`/g)].map((m) => m[1])),
  );

  it("documents every command of the session socket, each with a reply schema", () => {
    const commands = CommandSchema.options.map((o) => o.shape.type.value);
    expect(commands.filter((c) => !documented.has(c))).toEqual([]);
    expect(Object.keys(ReplySchemas).sort()).toEqual([...commands].sort());
  });
});

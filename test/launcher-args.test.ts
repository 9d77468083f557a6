import { describe, expect, test } from "vitest";
import { parseCommandLine, helpOf, allFlags, commandOf } from "../server/commands/main";
import { UsageError } from "../server/commands/usage-error";
import { expandVars, targetFromConfig } from "../lib/target/config-file";
import { targetFromRegistry } from "../server/commands/shared/registry";

// The typed arguments of whichever command the line is; tests read them loosely.
const parse = (s: string[]) => parseCommandLine(s).args as unknown as Record<string, unknown>;
const fails = (s: string[]) => () => parse(s);

describe("one rule for flags after the target, in every mode (as the official CLI)", () => {
  test("the page: the inspector's own flags are its own wherever they stand; an unknown flag after the command is the server's", () => {
    const line = parseCommandLine(["-e", "A=1", "-e", "B=x=y", "node", "server.js", "--stdio", "--port", "7106", "--no-open", "-e", "C=3"]);
    expect(line.args).toMatchObject({
      command: "node",
      args: ["server.js", "--stdio"],
      env: { A: "1", B: "x=y", C: "3" },
      port: 7106,
      openBrowser: false,
    });
    expect(line.passedFlags).toEqual(["--stdio"]);
  });
  test("--cli: an unknown flag after the target goes to the server, the inspector's flags after it are read (the official App servers need --stdio)", () => {
    expect(parse(["--cli", "node", "server.js", "--stdio", "--method", "tools/list"])).toMatchObject({
      command: "node",
      args: ["server.js", "--stdio"],
      method: "tools/list",
    });
    expect(parse(["check", "node", "server.js", "--stdio", "--format", "json"])).toMatchObject({
      command: "node",
      args: ["server.js", "--stdio"],
      format: "json",
    });
  });
  test("-- ends the inspector's flags: everything after it is the server's, our names included", () => {
    expect(parse(["--port", "0", "--", "--weird-command", "x"])).toMatchObject({ command: "--weird-command", args: ["x"], port: 0 });
    expect(parse(["node", "server.js", "--", "--port", "9", "-e", "x"])).toMatchObject({
      command: "node",
      args: ["server.js", "--port", "9", "-e", "x"],
      port: 6274,
    });
    expect(parse(["--cli", "node", "s.js", "--method", "ping", "--", "--method", "x"])).toMatchObject({
      args: ["s.js", "--method", "x"],
      method: "ping",
    });
  });
  test("an unknown flag before the target is a mistake, with the nearest flag suggested; a slip after the target is named when the line then fails", () => {
    expect(fails(["--prot", "9"])).toThrow(new UsageError("unknown flag --prot (see --help); did you mean --port?"));
    expect(fails(["--cli", "node", "s.js", "--methd", "tools/list"])).toThrow(
      /--cli needs --method .*\(--methd, after the command, went to the server: did you mean --method\?\)/,
    );
  });
  test("a value error on one of our flags after the command says how to give it to the server", () => {
    expect(fails(["node", "-e", "console.log(1)"])).toThrow(
      '-e expects KEY=VALUE with both parts, got "console.log(1)" (if -e is meant for the server, put it after --)',
    );
  });
  test("URL targets with transport and headers", () => {
    const a = parse([
      "--server-url",
      "http://127.0.0.1:3001/mcp",
      "--transport",
      "streamable-http",
      "--header",
      "Authorization: Bearer abc",
      "--header",
      "X-Key:v",
    ]);
    expect(a).toMatchObject({
      serverUrl: "http://127.0.0.1:3001/mcp",
      transport: "http",
      headers: { Authorization: "Bearer abc", "X-Key": "v" },
    });
  });
  test("--flag=value works", () => {
    expect(parse(["--port=7000", "--no-open", "--demo"])).toMatchObject({ port: 7000, openBrowser: false, demo: true });
  });
  test.each([
    [["--bogus"], "unknown flag --bogus (see --help)"],
    [["check", "--bogus"], "unknown flag --bogus (see check --help)"],
    [["--port"], "--port needs a value"],
    [["--port", "http"], '--port must be a number from 0 to 65535, got "http"'],
    [["--port", "70000"], '--port must be a number from 0 to 65535, got "70000"'],
    [["-e", "NOEQUALS"], '-e expects KEY=VALUE with both parts, got "NOEQUALS"'],
    [["-e", "e="], '-e expects KEY=VALUE with both parts, got "e="'],
    [["--root", "javascript:alert(1)"], '--root expects a URI (file:///…) or a path, got "javascript:alert(1)"'],
    [["--elicitation", "maybe"], '--elicitation must be one of ask, accept-defaults, decline, cancel; got "maybe"'],
    [
      ["check", "--elicitation", "ask", "node", "s.js"],
      "--elicitation ask needs a person: headless runs take accept-defaults, decline or cancel",
    ],
    [["--update", "node", "s.js"], "--update needs replay"],
    [["--strict", "node", "s.js"], "--strict needs --cli or mock"],
    [
      ["--auth", "client-credentials", "--server-url", "http://127.0.0.1:1/mcp"],
      "--auth client-credentials needs --client-id (and --client-secret, MCP_CLIENT_SECRET or --client-private-key)",
    ],
    [
      ["--client-private-key", "k.pem", "--server-url", "http://127.0.0.1:1/mcp"],
      "--client-private-key needs --auth client-credentials or cross-app",
    ],
    [
      ["--auth", "cross-app", "--client-id", "c", "--server-url", "http://127.0.0.1:1/mcp"],
      "--auth cross-app needs --client-id and --idp-token-endpoint (and the ID token in MCP_IDP_ID_TOKEN)",
    ],
    [["diff", "a.json"], 'diff compares two sides (session files, "quoted commands" or URLs), got 1: inspector diff A B'],
    [["mock"], "mock needs a session file: inspector mock FILE.mcp-session.json [--port N]"],
    [["--transport", "websocket"], '--transport must be stdio, sse or http, got "websocket"'],
    [["--server-url", "ftp://x"], '--server-url must be an http(s) URL, got "ftp://x"'],
    [["--header", "no colon"], '--header expects "Name: Value", got "no colon"'],
    [["--server", "x"], "--server needs --config or --registry"],
    [["--demo", "node", "x.js"], "give one target, not a command and --demo"],
    [["--transport", "sse", "node", "x.js"], "--transport sse needs --server-url, not a command"],
    [["--no-open=yes"], "--no-open takes no value"],
  ])("%j is refused: %s", (argv, message) => {
    expect(fails(argv)).toThrow(new UsageError(message));
  });
});

describe("new flags", () => {
  test("--root takes URIs and paths (a path becomes the file:// URI of its absolute form); answers flags in the page, --cli and check", () => {
    const a = parse([
      "--root",
      "file:///srv/project",
      "--root",
      "relative/dir",
      "--sampling",
      "rules.json",
      "--elicitation",
      "decline",
      "node",
      "s.js",
    ]) as { roots: string[] };
    expect(a.roots).toEqual(["file:///srv/project", new URL(`file://${process.cwd()}/relative/dir`).href]);
    expect(a).toMatchObject({ samplingFile: "rules.json", elicitation: "decline", command: "node" });
    expect((parse(["check", "node", "s.js", "--root", "/tmp/x"]) as { roots: string[] }).roots).toEqual(["file:///tmp/x"]);
  });
  test("the official CLI's forms: variadic --tool-arg and --prompt-args, --tool-args-json, --method initialize, /sse means SSE", () => {
    expect(
      parse(["--cli", "node", "s.js", "--method", "tools/call", "--tool-name", "add", "--tool-arg", "a=1", "b=two", "--format", "json"]),
    ).toMatchObject({ toolArgs: { a: 1, b: "two" }, args: ["s.js"], format: "json" });
    expect(
      parse(["--cli", "node", "s.js", "--method", "prompts/get", "--prompt-name", "p", "--prompt-args", "x=1", "y=2"]).promptArgs,
    ).toEqual({ x: "1", y: "2" });
    expect(
      parse(["--cli", "node", "s.js", "--method", "tools/call", "--tool-name", "add", "--tool-args-json", '{"a":1}']).toolArgsJson,
    ).toEqual({ a: 1 });
    expect(
      fails(["--cli", "node", "s.js", "--method", "tools/call", "--tool-name", "add", "--tool-args-json", '{"a":1}', "--tool-arg", "b=2"]),
    ).toThrow("--tool-args-json cannot be combined with --tool-arg; pick one");
    expect(fails(["--cli", "node", "s.js", "--method", "tools/call", "--tool-name", "add", "--tool-args-json", "[1]"])).toThrow(
      "--tool-args-json must be a JSON object, got [1]",
    );
    expect(parse(["--cli", "node", "s.js", "--method", "initialize"]).method).toBe("initialize");
    expect(parse(["--cli", "--server-url", "http://127.0.0.1:1/sse", "--method", "ping"]).transport).toBe("sse");
    expect(parse(["--cli", "--server-url", "http://127.0.0.1:1/mcp", "--method", "ping"]).transport).toBeUndefined();
  });
  test("mock and diff take their operands and flags", () => {
    expect(
      parseCommandLine(["mock", "bug.mcp-session.json", "--port", "6300", "--strict", "--ignore", "$.x", "--answer-timeout", "500"]),
    ).toMatchObject({
      name: "mock",
      args: { sessionFile: "bug.mcp-session.json", port: 6300, strict: true, ignore: ["$.x"], answerTimeoutMs: 500 },
    });
    expect(parse(["mock", "bug.mcp-session.json"]).port).toBeUndefined();
    expect(parseCommandLine(["diff", "old.mcp-session.json", "node new.js", "--format", "junit", "--fail-on", "any"])).toMatchObject({
      name: "diff",
      args: { sides: ["old.mcp-session.json", "node new.js"], format: "junit", failOn: "any" },
    });
  });
  test("replay passes env values only for names given", () => {
    expect(parse(["replay", "f.json", "--yes", "--pass-env", "API_KEY", "-e", "MODE=test"])).toMatchObject({
      yes: true,
      passEnv: ["API_KEY"],
      env: { MODE: "test" },
    });
    expect(fails(["replay", "f.json", "--pass-env", "not a name"])).toThrow(
      "--pass-env expects a variable's name (letters, digits, _); what was given is not repeated",
    );
  });
  test("each command's --help lists every flag it takes, and only those", () => {
    for (const argv of [[], ["--cli"], ["check"], ["replay"], ["mock"], ["diff"]]) {
      const { command } = commandOf(argv);
      const help = helpOf(command);
      for (const g of command.groups) for (const f of g.flags) for (const n of f.names) expect(help).toContain(n);
    }
    expect(helpOf(commandOf(["mock"]).command)).not.toContain("--server-url");
    expect(new Set(allFlags())).toContain("--tool-metadata");
  });
});

describe("mcpServers config files", () => {
  const file = JSON.stringify({
    mcpServers: {
      local: { command: "${NODE:-node}", args: ["${DIR}/server.js"], env: { API_KEY: "${KEY}" }, cwd: "." },
      remote: { type: "sse", url: "https://example.test/sse", headers: { Authorization: "Bearer ${TOKEN}" } },
      streamable: { type: "streamable-http", url: "http://127.0.0.1:1/mcp" },
    },
  });
  const env = { DIR: "/srv", KEY: "k-123", TOKEN: "t-456" };
  test("stdio entry with ${VAR} and ${VAR:-default}", () => {
    expect(targetFromConfig(file, "c.json", "local", env).target).toEqual({
      transport: "stdio",
      command: "node",
      args: ["/srv/server.js"],
      env: { API_KEY: "k-123" },
      cwd: ".",
    });
  });
  test("remote entries", () => {
    expect(targetFromConfig(file, "c.json", "remote", env).target).toEqual({
      transport: "sse",
      url: "https://example.test/sse",
      headers: { Authorization: "Bearer t-456" },
    });
    expect(targetFromConfig(file, "c.json", "streamable", env).target).toMatchObject({ transport: "http" });
  });
  test("one server needs no --server", () => {
    const one = JSON.stringify({ mcpServers: { only: { command: "x" } } });
    expect(targetFromConfig(one, "c.json", undefined, {}).name).toBe("only");
  });
  test.each([
    ["{", undefined, /c\.json is not valid JSON/],
    ["{}", undefined, /c\.json has no "mcpServers" object/],
    [file, undefined, /has 3 servers \(local, remote, streamable\): choose one with --server NAME/],
    [file, "nope", /server "nope" is not in c\.json \(it has: local, remote, streamable\)/],
  ])("bad file %#", (text, server, message) => {
    expect(() => targetFromConfig(text, "c.json", server, env)).toThrow(message);
  });
  test("an unset variable is named", () => {
    expect(() => targetFromConfig(file, "c.json", "local", { DIR: "/x" })).toThrow(/environment variable KEY is not set/);
    expect(expandVars({ a: ["${X:-d}"] }, {}, "w")).toEqual({ a: ["d"] });
  });
});

describe("registry server.json", () => {
  const serverJson = (pkg: object) => JSON.stringify({ name: "io.github.acme/weather", packages: [pkg] });
  test("npm package runs through npx with its arguments and environment", () => {
    const t = targetFromRegistry(
      serverJson({
        registryType: "npm",
        identifier: "@acme/weather-mcp",
        version: "1.2.3",
        transport: { type: "stdio" },
        packageArguments: [
          { type: "named", name: "--units", value: "metric" },
          { type: "positional", value: "{CITY}" },
        ],
        environmentVariables: [{ name: "WEATHER_KEY", isRequired: true, isSecret: true }, { name: "OPTIONAL" }],
      }),
      "server.json",
      undefined,
      { WEATHER_KEY: "abc", CITY: "Oslo" },
    );
    expect(t).toEqual({
      name: "io.github.acme/weather",
      target: {
        transport: "stdio",
        command: "npx",
        args: ["-y", "@acme/weather-mcp@1.2.3", "--units", "metric", "Oslo"],
        env: { WEATHER_KEY: "abc" },
      },
    });
  });
  test("pypi through uvx, oci through docker", () => {
    expect(
      targetFromRegistry(serverJson({ registryType: "pypi", identifier: "weather-mcp", version: "0.4.0" }), "s", undefined, {}).target,
    ).toMatchObject({ command: "uvx", args: ["weather-mcp==0.4.0"] });
    expect(
      targetFromRegistry(
        serverJson({
          registryType: "oci",
          identifier: "ghcr.io/acme/weather",
          version: "2",
          environmentVariables: [{ name: "K", default: "v" }],
        }),
        "s",
        undefined,
        {},
      ).target,
    ).toMatchObject({
      command: "docker",
      args: ["run", "-i", "--rm", "-e", "K", "ghcr.io/acme/weather:2"],
      env: { K: "v" },
    });
  });
  test("remotes with headers from the environment", () => {
    const text = JSON.stringify({
      servers: [
        {
          server: {
            name: "a/b",
            remotes: [
              { type: "streamable-http", url: "https://{HOST}/mcp", headers: [{ name: "Authorization", value: "Bearer {TOKEN}" }] },
            ],
          },
        },
      ],
    });
    expect(targetFromRegistry(text, "s", "a/b", { HOST: "h.test", TOKEN: "t" }).target).toEqual({
      transport: "http",
      url: "https://h.test/mcp",
      headers: { Authorization: "Bearer t" },
    });
  });
  test("a required variable that is missing is named", () => {
    expect(() =>
      targetFromRegistry(
        serverJson({ registryType: "npm", identifier: "x", environmentVariables: [{ name: "NEEDED", isRequired: true }] }),
        "s",
        undefined,
        {},
      ),
    ).toThrow(/environment variable NEEDED is required/);
    expect(() => targetFromRegistry(JSON.stringify({ name: "x" }), "s", undefined, {})).toThrow(/holds no registry server entry/);
  });
});

// The behaviour every server of the mutant corpus serves, written once and served by three
// adapters (SDK v1, SDK v2 in both eras, raw JSON-RPC by hand). `--mutant NAME` plants exactly one
// bug; without it (or with `--mutant none`) the server is correct. The corpus, and which verdict
// path is meant to catch which bug, is test/mutants/corpus.ts; docs/verdicts.md is the table.
//
// The correct surface:
//   tools (two pages: echo, add, divide | count, grow, touch; the first four readOnlyHint)
//     echo {message}      -> text "Echo: <message>"
//     add {a, b}          -> outputSchema {sum: number}; structuredContent {sum}, the same as JSON text
//     divide {a, b}       -> text of a / b; b = 0 is a tool error (isError: true, "division by zero")
//     count {n}           -> progress 1..n (total n) when the call carries a progressToken; "counted to n"
//     grow {}             -> adds the tool "extra" and sends notifications/tools/list_changed
//     touch {}            -> bumps mem://counter and sends notifications/resources/updated for it
//   resources mem://hello ("Hello, world"), mem://counter ("count=N"); an unknown uri: -32002
//   prompt greet {name}   -> one user message "Hello, <name>!"
//   completion/complete   -> greet's name from ["Ada", "Alan", "Bob"]
//   an unknown method     -> -32601 (the SDK adapters leave that to the SDK)

/** Every bug the corpus plants, each with what it changes. */
export const MUTANTS = {
  none: "the correct server",
  "struct-wrong-type": "add's structuredContent.sum is a string",
  "struct-missing": "add answers without structuredContent",
  "output-violated": "add's structuredContent is {total} where the outputSchema requires sum",
  "error-swallowed": "divide by zero answers isError: false with the error as text",
  "error-on-success": "echo answers isError: true on a good call",
  "tool-renamed": "echo is listed and served as echo_message",
  "arg-renamed": "echo's argument message is renamed text",
  "required-added": "add's inputSchema requires a new field c",
  "description-changed": "echo's description is changed",
  "prompt-text": "greet says Hi instead of Hello",
  "resource-text": "mem://hello reads Hello, World!",
  "code-changed": "an unknown resource answers -32603 instead of -32002",
  "unknown-method-code": "an unknown method answers -32600 instead of -32601",
  "pages-forever": "tools/list's second page points to itself (nextCursor loop)",
  "capability-unserved": "completions is declared, completion/complete is -32601",
  "list-changed-never": "grow adds a tool and never sends tools/list_changed",
  "subscription-stale": "touch changes mem://counter and never sends resources/updated",
  "progress-out-of-order": "count's progress goes 2, 1, 3",
  "stdout-noise": "a log line on stdout before the first message",
  "crash-mid-call": "echo exits the process mid-call",
  hang: "echo never answers",
  "era-refused": "the 2025-11-25 era is refused (SDK v2 legacy: reject)",
  "origin-unchecked": "HTTP without Host/Origin validation (DNS rebinding)",
};

/** The mutant named in argv (`--mutant NAME`); an unknown name exits 2. */
export function mutantFromArgv(argv = process.argv.slice(2)) {
  const i = argv.indexOf("--mutant");
  const name = i >= 0 ? argv[i + 1] : "none";
  if (!(name in MUTANTS)) {
    process.stderr.write(`unknown mutant ${JSON.stringify(name)}\n`);
    process.exit(2);
  }
  return name;
}

/** Mutants that act on the process itself (it exits, it writes to stdout): never served beside others. */
export const OWN_PROCESS = new Set(["crash-mid-call", "stdout-noise"]);

/**
 * The mutant an HTTP server serves at `pathname`: at /mcp the one it was started with; with
 * `--any-mutant` (one process serving every mutant not in OWN_PROCESS, so a test starts one
 * server where it would start one a mutant), at /<instance>/<mutant>/mcp, where each path is a
 * server of its own (the adapters give each its own surface: what one run did, another never sees).
 */
export function servedMutant(pathname, argv = process.argv.slice(2)) {
  if (!argv.includes("--any-mutant")) return pathname === "/mcp" ? mutantFromArgv(argv) : undefined;
  const m = /^\/\d+\/([a-z-]+)\/mcp$/.exec(pathname);
  return m && m[1] in MUTANTS && !OWN_PROCESS.has(m[1]) ? m[1] : undefined;
}

/** `--port N` (0: any free port) for HTTP, or undefined for stdio. */
export function portFromArgv(argv = process.argv.slice(2)) {
  const i = argv.indexOf("--port");
  return i >= 0 ? Number(argv[i + 1]) : undefined;
}

/** A JSON-RPC error the adapters send as is (both SDKs keep a numeric `code`). */
export class RpcError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * Servers stop by themselves: a stdio server when stdin ends (the adapters), an HTTP one when its
 * parent closes our stdin; and none lives longer than `limitMs` whatever happens.
 */
export function stopOnOrphan({ watchStdin, limitMs = 180_000 }) {
  setTimeout(() => process.exit(0), limitMs).unref();
  if (watchStdin) {
    process.stdin.on("end", () => process.exit(0));
    process.stdin.resume();
  }
}

/**
 * An HTTP server of the corpus keeps an idle connection open for a minute, not Node's 5 s. With 5 s,
 * a client whose event loop stalls past it (a vitest worker starved on a loaded machine: its own
 * keep-alive timer not yet run) sends its next request on a socket the server has just closed, and
 * undici fails it with "other side closed": a correct server's recording failed so in a fresh
 * clone's run (test/mutants/replay.test.ts). What the corpus judges is the server's answers, not
 * its connection reuse; the client closes an idle socket itself, and that close is safe.
 */
export function keepIdleConnections(httpServer) {
  httpServer.keepAliveTimeout = 60_000;
}

const text = (t) => ({ type: "text", text: t });
const obj = (properties, required) => ({ type: "object", properties, required });
const num = { type: "number" };

/**
 * The surface with `mutant` planted. `hooks` tell the transport what changed:
 * `toolsChanged()`, `resourceUpdated(uri)`; the adapter fills them in.
 */
export function createSurface(mutant) {
  // The state kept across the surface's connections (the v2 HTTP entry builds a server per
  // request); each surface its own, so the mutants one HTTP process serves share nothing.
  const state = { counter: 0, grown: false, subscribed: new Set() };
  const m = (name) => mutant === name;
  const echoName = m("tool-renamed") ? "echo_message" : "echo";
  const echoArg = m("arg-renamed") ? "text" : "message";
  const hooks = { toolsChanged() {}, resourceUpdated() {} };
  const readOnly = { readOnlyHint: true };

  function tools() {
    const addRequired = m("required-added") ? ["a", "b", "c"] : ["a", "b"];
    const addProps = m("required-added") ? { a: num, b: num, c: num } : { a: num, b: num };
    const all = [
      {
        name: echoName,
        description: m("description-changed") ? "Repeats what it is given." : "Echoes the message back.",
        inputSchema: obj({ [echoArg]: { type: "string" } }, [echoArg]),
        annotations: readOnly,
      },
      {
        name: "add",
        description: "Adds two numbers.",
        inputSchema: obj(addProps, addRequired),
        outputSchema: obj({ sum: num }, ["sum"]),
        annotations: readOnly,
      },
      { name: "divide", description: "Divides a by b.", inputSchema: obj({ a: num, b: num }, ["a", "b"]), annotations: readOnly },
      {
        name: "count",
        description: "Counts to n, reporting progress.",
        inputSchema: obj({ n: { type: "integer", minimum: 1, maximum: 5 } }, ["n"]),
        annotations: readOnly,
      },
      { name: "grow", description: "Adds the tool extra.", inputSchema: obj({}) },
      { name: "touch", description: "Changes mem://counter.", inputSchema: obj({}) },
    ];
    if (state.grown) all.push({ name: "extra", description: "Added by grow.", inputSchema: obj({}) });
    return all;
  }

  function listTools(params) {
    const all = tools();
    if (params?.cursor === undefined) return { tools: all.slice(0, 3), nextCursor: "page-2" };
    if (params.cursor !== "page-2") throw new RpcError(-32602, `unknown cursor ${params.cursor}`);
    return { tools: all.slice(3), ...(m("pages-forever") ? { nextCursor: "page-2" } : {}) };
  }

  /** A tool error for arguments that do not fit (the 2025-11-25 spec: input errors are tool errors). */
  const bad = (why) => ({ content: [text(why)], isError: true });
  const isNum = (v) => typeof v === "number" && Number.isFinite(v);

  async function callTool(params, ctx) {
    const name = params?.name;
    const args = params?.arguments ?? {};
    if (name === echoName) {
      if (m("crash-mid-call")) process.exit(3);
      if (m("hang")) return new Promise(() => {});
      if (typeof args[echoArg] !== "string") return bad(`missing argument ${echoArg}`);
      return { content: [text(`Echo: ${args[echoArg]}`)], ...(m("error-on-success") ? { isError: true } : {}) };
    }
    if (name === "add") {
      if (!isNum(args.a) || !isNum(args.b)) return bad("a and b must be numbers");
      if (m("required-added") && !isNum(args.c)) return bad("c must be a number");
      const sum = args.a + args.b;
      const content = [text(JSON.stringify({ sum }))];
      if (m("struct-missing")) return { content };
      if (m("struct-wrong-type")) return { content, structuredContent: { sum: String(sum) } };
      if (m("output-violated")) return { content, structuredContent: { total: sum } };
      return { content, structuredContent: { sum } };
    }
    if (name === "divide") {
      if (!isNum(args.a) || !isNum(args.b)) return bad("a and b must be numbers");
      if (args.b === 0) return { content: [text("division by zero")], ...(m("error-swallowed") ? {} : { isError: true }) };
      return { content: [text(String(args.a / args.b))] };
    }
    if (name === "count") {
      const n = args.n;
      if (!Number.isInteger(n) || n < 1 || n > 5) return bad("n must be an integer from 1 to 5");
      const steps = Array.from({ length: n }, (_, i) => i + 1);
      if (m("progress-out-of-order") && n >= 2) [steps[0], steps[1]] = [steps[1], steps[0]];
      for (const p of steps) await ctx.progress(p, n);
      return { content: [text(`counted to ${n}`)] };
    }
    if (name === "grow") {
      state.grown = true;
      if (!m("list-changed-never")) hooks.toolsChanged();
      return { content: [text("extra added")] };
    }
    if (name === "touch") {
      state.counter += 1;
      if (!m("subscription-stale")) hooks.resourceUpdated("mem://counter");
      return { content: [text(`count=${state.counter}`)] };
    }
    if (name === "extra" && state.grown) return { content: [text("extra")] };
    // An unknown tool is a protocol error (-32602), as both SDKs answer it.
    throw new RpcError(-32602, `Tool ${name} not found`);
  }

  const resources = () => ({
    resources: [
      { uri: "mem://hello", name: "hello", mimeType: "text/plain" },
      { uri: "mem://counter", name: "counter", mimeType: "text/plain" },
    ],
  });

  function readResource(params) {
    const uri = params?.uri;
    if (uri === "mem://hello")
      return { contents: [{ uri, mimeType: "text/plain", text: m("resource-text") ? "Hello, World!" : "Hello, world" }] };
    if (uri === "mem://counter") return { contents: [{ uri, mimeType: "text/plain", text: `count=${state.counter}` }] };
    throw new RpcError(m("code-changed") ? -32603 : -32002, `Resource ${uri} not found`);
  }

  const prompts = () => ({
    prompts: [{ name: "greet", description: "Greets someone.", arguments: [{ name: "name", description: "who", required: true }] }],
  });

  function getPrompt(params) {
    if (params?.name !== "greet") throw new RpcError(-32602, `Prompt ${params?.name} not found`);
    const who = params.arguments?.name;
    if (typeof who !== "string") throw new RpcError(-32602, "missing argument name");
    return { messages: [{ role: "user", content: text(`${m("prompt-text") ? "Hi" : "Hello"}, ${who}!`) }] };
  }

  function complete(params) {
    if (m("capability-unserved")) throw new RpcError(-32601, "Method not found");
    const ref = params?.ref;
    if (ref?.type !== "ref/prompt" || ref.name !== "greet" || params?.argument?.name !== "name") return { completion: { values: [] } };
    const prefix = String(params.argument.value ?? "");
    const values = ["Ada", "Alan", "Bob"].filter((v) => v.startsWith(prefix));
    return { completion: { values, total: values.length, hasMore: false } };
  }

  function subscribe(params, on) {
    if (params?.uri !== "mem://hello" && params?.uri !== "mem://counter") throw new RpcError(-32002, `Resource ${params?.uri} not found`);
    if (on) state.subscribed.add(params.uri);
    else state.subscribed.delete(params.uri);
    return {};
  }

  /** Each method this surface answers: (params, ctx) -> result, or throws an RpcError. */
  const handlers = {
    "tools/list": listTools,
    "tools/call": callTool,
    "resources/list": resources,
    "resources/templates/list": () => ({ resourceTemplates: [] }),
    "resources/read": readResource,
    "resources/subscribe": (p) => subscribe(p, true),
    "resources/unsubscribe": (p) => subscribe(p, false),
    "prompts/list": prompts,
    "prompts/get": getPrompt,
    "completion/complete": complete,
  };

  return {
    mutant,
    hooks,
    handlers,
    isSubscribed: (uri) => state.subscribed.has(uri),
    capabilities: {
      tools: { listChanged: true },
      resources: { subscribe: true },
      prompts: {},
      completions: {},
    },
    serverInfo: { name: "mutant-corpus", version: "1.0.0" },
  };
}

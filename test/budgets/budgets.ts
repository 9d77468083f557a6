/**
 * What the product may cost, in one place (issue 49). Each is a deterministic quantity measured by
 * budgets.test.ts from the built dist/ (never a timing: timings are the bench's, bench/README.md).
 * A change that adds weight fails `npm test` naming the budget and by how much; raise a number
 * here only with the reason in the commit. `goal` is where the issue wants it; `max` is what CI
 * holds today. `BUDGETS_PRINT=1 npx vitest run test/budgets` prints what each measures now.
 */
export interface Budget {
  max: number;
  goal?: number;
  unit: "KiB" | "MiB" | "files";
  what: string;
}

export const BUDGETS = {
  // 1850 → 1640: Skills verification's YAML loads when --verify runs (1616 KiB then).
  // 1640 → 1200: the engine's output validator (Ajv, RE2) at its first verdict, OAuth at an HTTP connect (1181).
  // 1200 → 1175: the same front end (1161).
  // 1175 → 1210: --cli's outputSchema verdict on a call (its tools/list), the one rule for what varies and
  // what is secret (lib/session/variation.ts, the keyed digest), the tap's and load-check's flags (1196.3; issue 64, 65).
  // 1210 → 1264: the launcher's way to its URL folded into the command line's front and two chunks
  // (scripts/fold-chunks.mjs, issue 74), which --cli loads too: 52 KiB more read, in 49 files instead of 65;
  // its CPU to exit, the demo target's included, 260–270 against 270–290 ms before (11 runs each, 1262.4).
  // 1264 → 1268: the one writer of every file (server/own-file.ts) that the session file's writer goes
  // through, and the journal's key (issue 88; 1267.1).
  // 1268 → 1274: faults below MCP named as they happen (server/engine/faults.ts), the HTTP tap's cut
  // events and stream breaks, unread stdin, the envelope's fault codes (issue 91; 1268.1).
  // 1274 → 1280: the session file's verdicts (lib/session/verdicts.ts) in the schemas --save-session
  // loads, and the page file's flags (issue 87); the four new hosts' shapes (issue 90) (1279.4 merged).
  // 1280 → 1281: the tap's --restart-timeout (issue 90) and the one did-you-mean (lib/text/nearest.ts, issue 92) (1280.5).
  // 1281 → 1285: a session fitted to the size every reader takes, its biggest bodies cut with size and digest
  // (server/record/session-fit.ts, cut.ts; issue 91) (1284.7). 1285 → 1286: a cut error kept an error (1285.0).
  // 1286 → 1288: a cut frame's envelope judged and its cut said (jsonrpc/body-cut), check --each's and replay's
  // several files' parse (1287.0). 1288 → 1289: with export on, a request that carries its caller's
  // traceparent draws no ids of ours (joinTraceMeta, issue 93; 1288.1).
  cliKiB: {
    max: 1289,
    unit: "KiB",
    what: "JavaScript loaded by `inspector --cli … --method tools/list` from start to exit (bin/ and dist/)",
  },
  // The command line's own modules: the launcher, --cli and inspector test start a stdio target
  // named on the command line once these are loaded, before anything else (issue 49). They held
  // zod (a 569 KiB chunk) and the session file's schemas through nine modules: 693 → 64 KiB.
  // 72 → 77: the page command's checks and its target's spawn (page/prepare.ts) moved here from
  // its run module, so the target starts before that module and its imports load (76.2 KiB).
  // 77 → 79: a command of its own, load-check, and --load-export (issue 63; 78.3 KiB).
  // 79 → 86: the tap's flags table (issue 65), check's --fail-on and --config over a host's file (84.1 KiB).
  // 86 → 87: the tap's --no-hub and its own HTTP server's command after -- (issue 65; 86.6 KiB).
  // 87 → 88: check's --host and --yes, a host's file read by its host's rules (issues 71, 75; 87.2 KiB).
  // 88 → 141: the launcher's way to its URL (the page command's run, the launcher, its HTTP servers)
  // folded into the front and two chunks it imports (scripts/fold-chunks.mjs, issue 74): the package's
  // files loaded by the URL 32 → 5, its CPU to the URL 86 → 72 ms (139.7 KiB). Still without zod.
  // 141 → 142: the page's port held on both loopbacks (server/loopbacks.ts, issue 88; 141.5).
  // 142 → 146: the tap's words after its server's command all the server's (parse.ts, issue 90), the
  // page command's --share-base and the --html flag every saving command takes (issue 87) (145.7).
  // 146 → 147: the tap's --restart-timeout (issue 90) and the one did-you-mean (lib/text/nearest.ts, issue 92) (146.5).
  // 147 → 148: the HTTP tap's --restart-timeout and check's declared client capabilities per host (issue 90; 147.0).
  // 148 → 149: check --each and replay of several files, their flags and refusals (issue 89; 148.2).
  frontEndKiB: {
    max: 149,
    unit: "KiB",
    what: "dist/inspector.mjs and what it imports statically: the command line's parse and the launcher's way to its URL",
  },
  // Issue 90 item 1: a host waits for its server's first answer (Cline about 2.4 s), and the tap had
  // loaded the whole command line, the record, the lint, the journal and zod before it spawned the
  // server (1,563 KiB in 47 files). Now bin/ hands `tap` to dist/tap.mjs, built apart: the tap's
  // flags, the spawn and the forwarding loop (28.5 KiB with bin/).
  tapSpawnKiB: {
    max: 31,
    unit: "KiB",
    what: "JavaScript the stdio tap (`inspector tap -- COMMAND`) has loaded when it spawns its server (bin/ and dist/)",
  },
  // 2130 → 1760: replay and the Collections tab (YAML, the runner, the lint) load at their first command (1716 KiB then).
  // 1760 → 1730: the Chat tab's service and key store at its first command, the agent endpoint's module when it listens (1710).
  // 1730 → 1290: the output validator, OAuth and the page's load runs at first use too (1264).
  // 1290 → 1235: the command line's front end without the session file's schemas and redaction (1220).
  // 1235 → 1275: the same growth as cliKiB's, and the agent endpoint's answers kept apart and redacted (1260.9; issues 62, 64, 65).
  // 1275 → 1280: OpenTelemetry's limits, trace context on the handshake and notifications, the run span (issue 72; 1276.3).
  // 1280 → 1284: the page's record masks what a host's file filled from ${…} (issue 71 part 5; +0.2), and the
  // app-source-map command's and its reply's schemas in the wire the bridge loads; its resolver and the map parser
  // load at the first App error that names a script (issue 73; +1.7). Main was 1279.9.
  // Issue 74: Node's loader pays for each file on its own (about 0.4 ms each here); 32 → 5 when the
  // launcher's way to its URL was folded into few files (scripts/fold-chunks.mjs).
  launcherUrlFiles: {
    max: 5,
    unit: "files",
    what: "files of the package (bin/ and dist/) the launcher has loaded when it prints its URL (`--demo`)",
  },
  // 1284 → 1290: the launch path folded (scripts/fold-chunks.mjs, issue 74): each chunk that imported a
  // folded one is bundled again alone, a few bytes more each (1289.2).
  // 1290 → 1292: the page's ports held on both loopbacks and the one writer (issue 88; 1290.9).
  // 1292 → 1298: the engine's fault vocabulary and the tap's cut streams, as cliKiB's (issue 91; 1294.7).
  // 1298 → 1305: the session file's verdicts and the replay report's reproduction verdict in the wire's
  // schemas the bridge loads, --share-base (issue 87), the four new hosts' readers (issue 90) (1304.2 merged).
  // 1305 → 1306: the new-tab-link command and --restart-timeout (issues 92, 90; 1305.6).
  // 1306 → 1308: the record's cut of a body past its bound and its kept handshake (issue 91; 1307.5).
  // 1308 → 1309: bin/ hands `tap` to the stdio tap's own entry, and the tap's run is built from its flags
  // in one place both entries share (issue 90 item 1; 1308.5). 1309 → 1310: jsonrpc/body-cut (issue 91; 1309.5).
  // 1310 → 1311: the front end's check --each and replay of several files (issue 89; 1310.2).
  // 1311 → 1312: a big response held for its previewed call's reply, the --watch paths' baseline (1311.3).
  // 1312 → 1313: one group reaper per process, told each group over a pipe, not a shell per target (1312.1).
  launcherKiB: { max: 1313, unit: "KiB", what: "JavaScript the launcher has loaded when its target is connected (`--demo`)" },
  // 1850 → 1790 (1774 KiB) → 1740 (1714: the output validator at its first verdict).
  // 1740 → 1130: the live lint's Ajv, RE2 and YAML when a message needs them, saveSession's redaction at its call (1116).
  // 1130 → 560 (547): zod is the project's own when it is the bundled version and already loaded (scripts/build.mjs
  // sharedZod), not counted here as it is not the package's; a process with no zod yet, or another version, loads our copy (+583).
  // 560 → 570: check's probe levels and the one variation rule the library's snapshots use (560.8; issue 64).
  // 570 → 581: the launch path folded (issue 74): its first call loads the launcher's shared chunks as
  // one file, ~10 KiB of which it did not load before; its import loads what it did (580.1; the first
  // call 143–152 ms both ways, two rounds of 11 runs).
  // 581 → 583: the one writer of every file, which a failed test's recording goes through (issue 88; 582.5).
  // 583 → 589: the engine's fault vocabulary and the tap's record of a cut stream, as cliKiB's (issue 91; 585.5).
  // 589 → 590: the session's verdicts in the recording a failed test writes (issue 87; 589.8 merged).
  // 590 → 591: a failed start's transport error held until the handshake ends (issue 92; 590.1).
  // 591 → 592: the record's cut of a body past its bound and its kept handshake (issue 91; 591.9).
  // 592 → 593: a cut error kept an error (592.2).
  libraryKiB: {
    max: 593,
    unit: "KiB",
    what: "JavaScript loaded by the test library's import + stdio connect + first callTool + close, in a process that has loaded zod (a test file's McpServer)",
  },
  // 720 → 724: a CSP-refused App's cause and relaxed mode in the stage, ChatGPT's widths, the input
  // template from the schema (721.7; issue 73).
  // 724 → 725: the Apps view's room for ChatGPT's desktop width (a layout rule) and inline scripts'
  // source maps (the hook that asks; the map reader is a chunk of its own, loaded at the first
  // error in an inline script) (724.6; issue 73).
  // 725 → 729 (728.7): an App's logs in the Logs tab and on its rows, each refusal after relaxing its own
  // allowance, a failed load named on the stage, the per-host verdict (its rules a chunk of their own,
  // loaded when an App is shown) (728.7; issue 92).
  // 729 → 733 (both merged): a recording's verdicts (the list, the row marks, expected beside actual), Run again on a
  // timeline row, Reproduce up to one call with its params to edit (728.1; issue 87).
  // 733 → 734: the sixth walk: seq and id labelled, HTTP rows folded, New tab (issue 92; 733.7).
  // 734 → 736: big surfaces drawn in parts (the windows, Show more, the media decoder's worker; issue 91) and the
  // seventh walk's labels (issue 92) (735.3 merged).
  // 736 → 737: a big input schema's form built from the objects opened, checked whole at Run (issue 91; 736.1).
  // 737 → 345: the first load holds the first view only (issue 89): every tab but Server, the pending request's
  // form, a recording's view and the linter's code (ajv, re2js, yaml) load when first needed (333.7).
  pageFirstLoadKiB: {
    max: 345,
    goal: 600,
    unit: "KiB",
    what: "the page's first load over the wire: index.html and the scripts and stylesheets it names, gzip",
  },
  installedMiB: { max: 10, goal: 12, unit: "MiB", what: "the package installed (npm pack's unpacked size)" },
  // Was docs/ ≤ 160 KiB beside a 105 KiB README; the README's manual moved into docs/ (the README is
  // 14 KiB now), so the budget holds both together, as npm packs them.
  // 270 → 280: docs/load.md's Locust part, one machine and Kubernetes, and load-check (issue 63; 276.5 KiB).
  // 280 → 330: docs/tap.md (issue 65), the published corpus in docs/verdicts.md, the secret list and the one
  // variation rule (issue 64), trust at the shared desk in agents.md and security.md (issue 62) (321 KiB).
  // 330 → 350: red-team 7's record of 43 attacks in docs/security.md (issue 62 asks for it there), the tap's
  // live page and OAuth (docs/tap.md), the page's server list (docs/page.md), the modal in apps.md (344.6 KiB).
  // 350 → 360: docs/tap.md's hub (many taps on one page) and restart under an HTTP tap (issue 65; 355.8 KiB).
  // 360 → 392 (issues 71–75, one round): docs/cli.md's host files (each host's rules and page, a project's
  // file asks first), docs/tap.md's pinned --print-config with Gemini CLI and Codex CLI, the journal and
  // which answer a request gets across a restart; security.md's other local account (what each door does
  // about it) and red-team 8's record; docs/otel.md's limits and one trace per run; docs/apps.md's blocked
  // widget and relaxed mode (387 KiB).
  // 392 → 396: the launch link's per-run r= and what it stops (README, page.md, tap.md, security.md's
  // red-team 8 #14 fixed), docs/apps.md's ChatGPT desktop width and inline source maps (392.9 KiB).
  // 396 → 406: red-team 10 and what another account can and cannot do at each file and port
  // (security.md), the journal's and --listen's doors (tap.md) (issue 88; 405.0 KiB).
  // 406 → 427 (one round, 426.1 KiB merged): sending a bug (README), page files and the hosted viewer
  // (cli.md, page.md, session-format.md, tap.md), the session's verdicts (version 2), the reproduction
  // verdict and --up-to, the CI recipe's job summary and artifact, Run again on a row (issue 87);
  // docs/apps.md's MCP Apps as each host mounts them, further CSP allowances, failed loads, the App's
  // logs, eval probes (issue 92); the next four hosts' files (cli.md, issue 90); faults named (cli.md, issue 91).
  // 427 → 431: red-team 10's rows on the page file, the viewer folder and the verdicts, and their doors in
  // security.md's other local accounts (issue 88's last point; 430.3 KiB, the merged round 427.5 before it).
  // 431 → 433: docs/page.md's walk table and docs/tap.md's --restart-timeout (issues 90, 92; 432.0).
  // 433 → 435: the session file's size rule and the record's cut bodies (session-format.md, record-format.md; issue 91; 434.8).
  // 435 → 436: docs/tap.md on what the tap's start costs a host (issue 90 item 1; 435.5 KiB).
  // 435 → 438: docs/page.md's seventh walk, docs/apps.md's published map, system-monitor and debug and the
  // emulated theme's start (issue 92; 436.5).
  // 438 → 442: merged, with docs/tap.md's hosts tried and the HTTP tap's limit, security.md's watched link, a
  // collection's recording named by its folder (issues 88, 90, 91; 441.8).
  // 442 → 444: the jsonrpc/body-cut rule's row (issue 91; 442.3), check --config --each (issue 89; 443.4).
  manualKiB: { max: 444, unit: "KiB", what: "README.md and docs/ as the package ships them: the manual" },
} satisfies Record<string, Budget>;

/** Chunks the command line's front end (frontEndKiB) must not hold, told by a string only they carry. */
export const NOT_IN_FRONT_END = [{ marker: '"$ZodType"', what: "zod (the command line's flags are checked without it)" }];

/** Chunks that must not load before the target is connected by the launcher or `--cli`, told by a string only they carry (issue 49). */
export const NOT_BEFORE_CONNECTED = {
  cli: [{ marker: "YAMLParseError", what: "YAML (Skills verification, Collections, Skills lint)" }],
  launcher: [
    { marker: "YAMLParseError", what: "YAML (Skills verification, Collections, Skills lint)" },
    { marker: "this conversation has a turn in progress", what: "the Chat tab's service (server/bridge/chat-service.ts)" },
  ],
};

/**
 * What the stdio tap loads only after its server is spawned (issue 90 item 1), told by a string
 * only it carries: the tap's test checks each marker does load later, so a renamed one fails there.
 */
export const NOT_BEFORE_SPAWN = [
  { marker: "the tap's recording fell behind forwarding", what: "the tap's recorder (server/tap/recorder.ts)" },
  { marker: "mcp-inspector-harness session journal", what: "the session's journal writer (server/record/session-journal.ts)" },
  { marker: "other taps join this page", what: "the live page's hub (server/tap/hub.ts)" },
  { marker: '"$ZodType"', what: "zod (the record's and the session file's schemas)" },
];

/**
 * Chunks the test library's first call (import, connect, a callTool of plain schemas, close) must
 * not load, told by a string only they carry (issue 49): the live lint loads them when a message needs them.
 */
export const NOT_AT_LIBRARY_FIRST_CALL = [
  { marker: "strictTypes", what: "Ajv (the live lint's schema validator)" },
  { marker: "class RE2JS", what: "RE2 (the schema validator's pattern engine)" },
  { marker: "YAMLParseError", what: "YAML (the Skills lint's SKILL.md check)" },
  // scripts/build.mjs (sharedZod): the project's zod, the same version, is loaded instead.
  { marker: "__zod_globalConfig", what: "the bundled zod (the project's own is the same version)" },
];

/** Chunks that must not load unless their feature is used, told by a string only they carry. */
export const NOT_AT_START = [
  { marker: "OTLPTraceExporter", what: "the OpenTelemetry exporter (only with OTEL_* set)" },
  { marker: "anthropic-version", what: "the AI SDK's Anthropic provider (only with --model)" },
];

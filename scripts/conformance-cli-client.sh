#!/bin/sh
# The conformance suite's client leg runs "<command> <server URL>" with MCP_CONFORMANCE_SCENARIO
# set; this maps each scenario to the one `inspector --cli` call a person would make, so the
# inspector's headless client is what the suite judges. A contributor's tool, run from a clone of
# the repository (it runs the clone's bin/inspector.mjs; `npm run build` first): the published
# package does not ship it (a user's run is in docs/conformance.md). Usage:
#   conformance client --command "sh scripts/conformance-cli-client.sh" --scenario initialize
url="$1"
inspector="node $(dirname "$0")/../bin/inspector.mjs"
# A field of the scenario's context (MCP_CONFORMANCE_CONTEXT, JSON); objects come out as JSON.
context() { node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); const v = process.argv[1].split(".").reduce((o, k) => o?.[k], c); process.stdout.write(v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v))' "$1"; }
# Several calls in a row, as a person would type them; the run fails if any of them did.
calls() { rc=0; while [ $# -gt 0 ]; do sh -c "$1" || rc=$?; shift; done; return $rc; }
cli="$inspector --cli $url"
case "$MCP_CONFORMANCE_SCENARIO" in
  tools_call) exec $inspector --cli "$url" --method tools/call --tool-name add_numbers --tool-arg a=5 b=3 ;;
  elicitation-sep1034-client-defaults) exec $inspector --cli "$url" --method tools/call --tool-name test_client_elicitation_defaults --elicitation accept-defaults ;;
  sse-retry) exec $inspector --cli "$url" --method tools/call --tool-name test_reconnection ;;
  http-custom-headers)
    # SEP-2243: the suite names each call (tool and typed arguments) in the context.
    rc=0; i=0
    while [ -n "$(context toolCalls.$i.name)" ]; do
      $inspector --cli "$url" --method tools/call --tool-name "$(context toolCalls.$i.name)" --tool-args-json "$(context toolCalls.$i.arguments)" || rc=$?
      i=$((i + 1))
    done
    exit $rc ;;
  http-invalid-tool-headers) exec $inspector --cli "$url" --method tools/call --tool-name valid_tool --tool-arg region=us-west1 ;;
  http-standard-headers)
    # Every method whose Mcp-Method / Mcp-Name headers the scenario judges.
    calls "$cli --method tools/call --tool-name test_headers" "$cli --method tools/call --tool-name my-hyphenated-tool" \
      "$cli --method resources/list" "$cli --method resources/read --uri 'file:///path/to/file%20name.txt'" \
      "$cli --method prompts/list" "$cli --method prompts/get --prompt-name test_prompt" ;;
  sep-2322-client-request-state)
    # MRTR: two tools ask for input (one with requestState, one without), one between them must
    # carry nothing of theirs, one answers without resultType.
    for tool in test_mrtr_echo_state test_mrtr_unrelated test_mrtr_no_state test_mrtr_no_result_type; do
      $inspector --cli "$url" --elicitation accept-defaults --method tools/call --tool-name $tool || exit $?
    done ;;
  sep-2640-client-no-prefetch) exec $inspector --cli "$url" --method skills/list ;;
  sep-2640-client-verify-*)
    # Skills (SEP-2640): verify every listed skill; a tampered SKILL.md must stop the reading.
    exec $inspector --cli "$url" --method skills/list --verify ;;
  json-schema-2020-12-preservation)
    # Hand the focal tool's inputSchema back verbatim, as read from tools/list.
    schema=$($inspector --cli "$url" --method tools/list | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => process.stdout.write(JSON.stringify({ schema: JSON.parse(s).tools.find((t) => t.name === "json_schema_2020_12_tool").inputSchema })))') || exit $?
    exec $inspector --cli "$url" --method tools/call --tool-name json_schema_echo --tool-args-json "$schema" ;;
  auth/client-credentials-*)
    # Machine to machine: the suite hands over the client (a secret, or a private key and its
    # algorithm for private_key_jwt) in MCP_CONFORMANCE_CONTEXT; the key goes through a file.
    id=$(context client_id)
    if [ "$MCP_CONFORMANCE_SCENARIO" = auth/client-credentials-jwt ]; then
      key=$(mktemp); context private_key_pem > "$key"
      $inspector --cli "$url" --auth client-credentials --client-id "$id" --client-private-key "$key" --client-signing-alg "$(context signing_algorithm)" --method tools/list; rc=$?
      rm -f "$key"; exit $rc
    fi
    MCP_CLIENT_SECRET=$(context client_secret) exec $inspector --cli "$url" --auth client-credentials --client-id "$id" --method tools/list ;;
  auth/enterprise-managed-authorization | auth/cross-app-access-*)
    # Enterprise-managed (SEP-990; the suite's 0.1 called it cross-app-access): the ID token and
    # the client's secret through the environment.
    MCP_IDP_ID_TOKEN=$(context idp_id_token) MCP_CLIENT_SECRET=$(context client_secret) exec $inspector --cli "$url" --auth cross-app --client-id "$(context client_id)" --idp-token-endpoint "$(context idp_token_endpoint)" --idp-client-id "$(context idp_client_id)" --method tools/list ;;
  auth/wif-jwt-bearer)
    # Workload identity (SEP-1933): the platform's JWT through a file, as platforms keep it; never argv.
    context() { node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); process.stdout.write(String(c[process.argv[1]] ?? ""))' "$1"; }
    jwt=$(mktemp); context valid_jwt > "$jwt"
    $inspector --cli "$url" --auth workload --workload-token-file "$jwt" --client-id "$(context client_id)" --method tools/list; rc=$?
    rm -f "$jwt"; exit $rc ;;
  auth/*)
    # Authorization without a person (the suite's authorization server redirects back by itself);
    # pre-registration hands over a client in MCP_CONFORMANCE_CONTEXT, basic-cimd expects this
    # metadata document URL; the scope scenarios ask for more scope on tools/call of test-tool.
    id=$(context client_id)
    secret=$(context client_secret)
    [ -n "$secret" ] && export MCP_CLIENT_SECRET="$secret"
    exec $inspector --cli "$url" --auth auto --client-metadata-url https://conformance-test.local/client-metadata.json ${id:+--client-id "$id"} --method tools/call --tool-name test-tool ;;
  *) exec $inspector --cli "$url" --method tools/list ;;
esac

#!/bin/sh
# The conformance suite's client leg runs "<command> <server URL>" with MCP_CONFORMANCE_SCENARIO
# set; this maps each scenario to the one `inspector --cli` call a person would make, so the
# inspector's headless client is what the suite judges. Usage (see README, "Outside checks"):
#   conformance client --command "sh scripts/conformance-cli-client.sh" --scenario initialize
url="$1"
inspector="node $(dirname "$0")/../bin/inspector.mjs"
case "$MCP_CONFORMANCE_SCENARIO" in
  tools_call) exec $inspector --cli "$url" --method tools/call --tool-name add_numbers --tool-arg a=5 b=3 ;;
  elicitation-sep1034-client-defaults) exec $inspector --cli "$url" --method tools/call --tool-name test_client_elicitation_defaults --elicitation accept-defaults ;;
  sse-retry) exec $inspector --cli "$url" --method tools/call --tool-name test_reconnection ;;
  auth/client-credentials-*)
    # Machine to machine: the suite hands over the client (a secret, or a private key and its
    # algorithm for private_key_jwt) in MCP_CONFORMANCE_CONTEXT; the key goes through a file.
    context() { node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); process.stdout.write(String(c[process.argv[1]] ?? ""))' "$1"; }
    id=$(context client_id)
    if [ "$MCP_CONFORMANCE_SCENARIO" = auth/client-credentials-jwt ]; then
      key=$(mktemp); context private_key_pem > "$key"
      $inspector --cli "$url" --auth client-credentials --client-id "$id" --client-private-key "$key" --client-signing-alg "$(context signing_algorithm)" --method tools/list; rc=$?
      rm -f "$key"; exit $rc
    fi
    MCP_CLIENT_SECRET=$(context client_secret) exec $inspector --cli "$url" --auth client-credentials --client-id "$id" --method tools/list ;;
  auth/cross-app-access-*)
    # Enterprise-managed (SEP-990): the ID token and the client's secret through the environment.
    context() { node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); process.stdout.write(String(c[process.argv[1]] ?? ""))' "$1"; }
    MCP_IDP_ID_TOKEN=$(context idp_id_token) MCP_CLIENT_SECRET=$(context client_secret) exec $inspector --cli "$url" --auth cross-app --client-id "$(context client_id)" --idp-token-endpoint "$(context idp_token_endpoint)" --idp-client-id "$(context idp_client_id)" --method tools/list ;;
  auth/*)
    # Authorization without a person (the suite's authorization server redirects back by itself);
    # pre-registration hands over a client in MCP_CONFORMANCE_CONTEXT, basic-cimd expects this
    # metadata document URL; the scope scenarios ask for more scope on tools/call of test-tool.
    context() { node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); process.stdout.write(String(c[process.argv[1]] ?? ""))' "$1"; }
    id=$(context client_id)
    secret=$(context client_secret)
    [ -n "$secret" ] && export MCP_CLIENT_SECRET="$secret"
    exec $inspector --cli "$url" --auth auto --client-metadata-url https://conformance-test.local/client-metadata.json ${id:+--client-id "$id"} --method tools/call --tool-name test-tool ;;
  *) exec $inspector --cli "$url" --method tools/list ;;
esac

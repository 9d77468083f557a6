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
  *) exec $inspector --cli "$url" --method tools/list ;;
esac

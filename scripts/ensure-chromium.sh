#!/usr/bin/env bash
# The e2e tests drive a system Chromium (browser downloads are not possible everywhere): Debian's
# headless shell where it is installed (what Playwright itself runs headless: no browser UI, about
# a sixth less CPU over the e2e suite; bench/README "The suite"), else the full browser, which
# `--open`, the launch-profile spec and the bench's page figures use.
# Finds them, or installs Debian's packages when running as root with apt-get.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
have() { command -v "$1" >/dev/null 2>&1; }
full=0
shell=0
if have chromium || have chromium-browser; then full=1; fi
if have chromium-headless-shell; then shell=1; fi
if [ "$full" = 1 ] && [ "$shell" = 1 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && have apt-get; then
  missing=()
  [ "$full" = 1 ] || missing+=(chromium)
  [ "$shell" = 1 ] || missing+=(chromium-headless-shell)
  echo "ensure-chromium: installing Debian's ${missing[*]} for the e2e tests" >&2
  apt-get update -qq >/dev/null
  if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then exit 0; fi
  # A Debian without the headless shell package: the full browser runs the specs (slower).
  if [ "$full" = 1 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    echo "ensure-chromium: no chromium-headless-shell package here; the e2e tests run in the full browser" >&2
    exit 0
  fi
fi
if [ "$full" = 1 ] || [ "$shell" = 1 ]; then exit 0; fi
echo "ensure-chromium: no Chromium found. Install one (e.g. apt-get install chromium chromium-headless-shell) or set CHROMIUM_PATH." >&2
exit 1

#!/usr/bin/env bash
# The e2e specs' Chromium: the system's, with every --disable-features it is given merged into one.
# Chromium keeps only the last --disable-features of its command line. Playwright passes its own
# list (features that make automation flaky) and playwright.config.ts adds ours after it (the WebUI
# omnibox popups: a renderer that headless Chromium keeps busy for an address bar it never shows,
# a fifth of a browser-heavy spec's CPU). Merged here, neither list is lost, whatever Playwright's
# version puts in its own.
set -euo pipefail
real="${E2E_CHROMIUM:-/usr/bin/chromium}"
args=()
disabled=()
for a in "$@"; do
  case "$a" in
    --disable-features=*) disabled+=("${a#--disable-features=}") ;;
    *) args+=("$a") ;;
  esac
done
if ((${#disabled[@]})); then
  joined=$(IFS=,; echo "${disabled[*]}")
  args+=("--disable-features=$joined")
fi
exec "$real" "${args[@]}"

#!/usr/bin/env bash
# Runs a command as on a newcomer's machine: every cache outside the clone that the suite fills
# (Go's build and module caches, pip's, uv's, npm's) pointed at a new empty folder, removed afterwards.
# The cold figure of bench/README's suite section ("A cold machine", issue 89) is
#   git clone … && cd … && CI=true bash scripts/cold-caches.sh bash .ci/run
# Nothing of the person's own caches is read or changed. What lives in the clone (node_modules,
# node_modules/.cache's venvs and Go builds, .next) is a fresh clone's own and starts empty anyway.
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: bash scripts/cold-caches.sh COMMAND [ARGS…]   (e.g. bash .ci/run)" >&2
  exit 2
fi
# mktemp -d: a new folder of our own (0700), never one someone else made for us.
cold=$(mktemp -d "${TMPDIR:-/tmp}/mih-cold-caches.XXXXXX")
cleanup() {
  # Go writes its module cache read-only; -modcacherw below keeps it removable, chmod in case.
  chmod -R u+w "$cold" 2>/dev/null || true
  rm -rf "$cold"
}
trap cleanup EXIT
mkdir "$cold/go-build" "$cold/go-mod" "$cold/pip" "$cold/uv" "$cold/npm"
export GOCACHE="$cold/go-build" GOMODCACHE="$cold/go-mod" GOFLAGS="${GOFLAGS:+$GOFLAGS }-modcacherw"
export PIP_CACHE_DIR="$cold/pip" UV_CACHE_DIR="$cold/uv"
export npm_config_cache="$cold/npm"
echo "cold-caches: GOCACHE, GOMODCACHE, PIP_CACHE_DIR, UV_CACHE_DIR and npm_config_cache under $cold (empty)" >&2
"$@"

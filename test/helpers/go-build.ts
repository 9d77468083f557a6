// A Go fixture server, built once: `go build` of a folder under test/fixtures into
// node_modules/.cache/go-builds/<folder>-<hash of its sources>, reused while the sources are the
// same. Its modules come from the Go module proxy, pinned by the folder's go.mod and go.sum.
// `npm test` builds every folder of GO_BUILDS in its fixtures stage (scripts/test-fixtures.mjs)
// before vitest starts; a file run alone builds what it asks for, under the same lock.
export { goBuild } from "../../scripts/test-fixtures.mjs";

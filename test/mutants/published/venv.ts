// The Python servers' interpreters: venvs under node_modules/.cache, each with one pypi package at
// a pinned version, made once and reused (scripts/test-fixtures.mjs, which `npm test` runs as a
// stage of its own before vitest, so a file here finds them made; run alone, it makes them).
// The corpus's venv has `mcp` (its MCPServer); check's tool-failure test adds one with `fastmcp`.
import { pinnedVenv, VENVS } from "../../../scripts/test-fixtures.mjs";

export type { PinnedVenv } from "../../../scripts/test-fixtures.mjs";

/** The pinned `mcp` release the corpus's Python server is built on. */
export const MCP_PY_VERSION = VENVS.mcp.version;
const MCP_VENV = pinnedVenv(VENVS.mcp);
/** The venv's interpreter (what the corpus starts the Python server with). */
export const VENV_PYTHON = MCP_VENV.python;
/** Makes the `mcp` venv if it is missing or of another version; returns its python. */
export const ensureVenv = (): Promise<string> => MCP_VENV.ensure();

/** The pinned FastMCP release (pypi `fastmcp`, which brings its own `mcp`): a venv of its own. */
export const FASTMCP_VERSION = VENVS.fastmcp.version;
export const FASTMCP_VENV = pinnedVenv(VENVS.fastmcp);

"""A small MCP server built on pypi's `mcp` (its MCPServer, FastMCP's successor in mcp 2), used
unmodified by the mutant corpus (test/mutants/published/). Nothing in it is written for the
corpus: a user's server with a few tools, one with structured output, one that reports progress
and logs, a prompt and a resource. Run: python notes_server.py (stdio)."""

from pydantic import BaseModel

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError

server = MCPServer("notes", instructions="Keeps short notes in memory.", version="1.0.0")

NOTES: dict[str, str] = {"welcome": "Hello from the notes server."}


class Stats(BaseModel):
    """Counts of a text."""

    words: int
    characters: int


@server.tool()
def add_note(title: str, text: str) -> str:
    """Adds a note under a title (replacing one of the same title)."""
    NOTES[title] = text
    return f"Saved note {title!r} ({len(text)} characters)."


@server.tool()
def get_note(title: str) -> str:
    """Reads the note of a title."""
    if title not in NOTES:
        raise ToolError(f"No note titled {title!r}.")
    return NOTES[title]


@server.tool()
def text_stats(text: str) -> Stats:
    """Counts the words and characters of a text."""
    return Stats(words=len(text.split()), characters=len(text))


@server.tool()
async def summarize(steps: int, ctx: Context) -> str:
    """Summarizes every note, reporting progress on each step and logging when done."""
    for i in range(1, steps + 1):
        await ctx.report_progress(i, steps, f"step {i} of {steps}")
    await ctx.info(f"summarized {len(NOTES)} notes")
    return f"{len(NOTES)} notes: " + ", ".join(sorted(NOTES))


@server.prompt()
def review(title: str) -> str:
    """Asks the model to review a note."""
    return f"Please review the note titled {title!r} and suggest one improvement."


@server.resource("notes://index", mime_type="text/plain")
def index() -> str:
    """The titles of every note."""
    return "\n".join(sorted(NOTES))


if __name__ == "__main__":
    server.run()

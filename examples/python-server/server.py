#!/usr/bin/env python3
"""A tiny MCP server in Python's standard library: newline-delimited JSON-RPC on stdio.

It stands for "your server, written in another language, run as a command": the tests in
server.test.mjs start it with `python3 server.py`, exactly as `npx inspector python3 server.py`
would. A real server would use the official `mcp` package; this one needs nothing installed.
"""
import json
import sys

TOOLS = [
    {
        "name": "add",
        "description": "Add two numbers",
        "inputSchema": {
            "type": "object",
            "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
            "required": ["a", "b"],
        },
        "outputSchema": {
            "type": "object",
            "properties": {"sum": {"type": "number"}},
            "required": ["sum"],
        },
    },
    {
        "name": "divide",
        "description": "Divide a by b; dividing by zero is a tool error",
        "inputSchema": {
            "type": "object",
            "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
            "required": ["a", "b"],
        },
    },
]

RESOURCES = [{"uri": "notes://readme", "name": "readme", "mimeType": "text/plain"}]


def text(value, is_error=False):
    return {"content": [{"type": "text", "text": value}], "isError": is_error}


def call_tool(params):
    name = params.get("name")
    args = params.get("arguments") or {}
    if name == "add":
        total = args["a"] + args["b"]
        return {**text(str(total)), "structuredContent": {"sum": total}}
    if name == "divide":
        if args["b"] == 0:
            return text("cannot divide by zero", is_error=True)
        return text(str(args["a"] / args["b"]))
    raise LookupError(f"Unknown tool: {name}")


def handle(method, params):
    if method == "initialize":
        return {
            "protocolVersion": params.get("protocolVersion", "2025-11-25"),
            "capabilities": {"tools": {}, "resources": {}},
            "serverInfo": {"name": "python-notes", "version": "1.0.0"},
        }
    if method == "ping":
        return {}
    if method == "tools/list":
        return {"tools": TOOLS}
    if method == "tools/call":
        return call_tool(params)
    if method == "resources/list":
        return {"resources": RESOURCES}
    if method == "resources/read":
        if params.get("uri") != "notes://readme":
            raise KeyError(params.get("uri"))
        return {"contents": [{"uri": "notes://readme", "mimeType": "text/plain", "text": "Hello from Python"}]}
    return None


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        message = json.loads(line)
        if "id" not in message or "method" not in message:
            continue  # a notification (notifications/initialized) or a response: nothing to answer
        request_id, method = message["id"], message["method"]
        try:
            result = handle(method, message.get("params") or {})
        except LookupError as e:  # an unknown tool, an unknown resource
            send({"jsonrpc": "2.0", "id": request_id, "error": {"code": -32602, "message": str(e)}})
            continue
        if result is None:
            send({"jsonrpc": "2.0", "id": request_id, "error": {"code": -32601, "message": f"Method not found: {method}"}})
        else:
            send({"jsonrpc": "2.0", "id": request_id, "result": result})


if __name__ == "__main__":
    main()

"""Drives `gong --sandbox mcp` with the official MCP Python SDK (the `mcp`
package on PyPI): a client nobody in this project wrote.

Usage: python check_gong_mcp.py PATH/TO/gong

Checks over stdio: the handshake and its instructions, the default tool list
(read tools, no write tool), a `list-calls` call with structured content and
a cursor that continues it, a bad argument as a tool error with the session
still serving, and the write tools offered with --allow-writes.

Checks over streamable HTTP (`gong --sandbox mcp --http 127.0.0.1:0`, the
bearer token in GONG_MCP_TOKEN): a request without the token and one with a
wrong token are refused with 401; the SDK's streamable-HTTP client with the
token lists the tools and calls `list-calls`.

Exits non-zero on the first failure.
"""

import asyncio
import json
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

READS = {
    "list-calls", "get-call", "get-call-transcripts", "list-users", "get-user",
    "list-workspaces", "list-library-folders", "list-folder-calls", "get-logs",
    "list-email-address-references", "list-phone-number-references",
}


def field(obj, snake, camel):
    """A result field under the SDK's 2.x (snake case) or 1.x (camel case) name."""
    return getattr(obj, snake, getattr(obj, camel, None))


def check(condition, what):
    if not condition:
        raise SystemExit(f"check_gong_mcp: FAILED: {what}")
    print(f"ok: {what}")


async def session(gong, home, extra):
    params = StdioServerParameters(
        command=gong,
        args=["--sandbox", "mcp", *extra],
        env={"HOME": home, "GONG_CONFIG": os.path.join(home, "profiles.json")},
    )
    return stdio_client(params)


async def main(gong):
    home = tempfile.mkdtemp(prefix="gong-mcp-python-")
    async with await session(gong, home, []) as (read, write):
        async with ClientSession(read, write) as s:
            init = await s.initialize()
            check("untrusted" in (init.instructions or "").lower(), "the instructions say results are untrusted")
            names = {t.name for t in (await s.list_tools()).tools}
            check(READS <= names, f"the read tools are listed ({len(names)} tools)")
            check("create-call" not in names, "no write tool without --allow-writes")
            check("raw" not in names, "no raw request tool")

            r = await s.call_tool("list-calls", {})
            check(not field(r, "is_error", "isError"), "list-calls answers")
            sc = field(r, "structured_content", "structuredContent")
            check(isinstance(sc, dict) and len(sc.get("calls", [])) > 0, "list-calls gives calls as structured content")
            text = "".join(c.text for c in r.content if getattr(c, "type", "") == "text")
            check(len(text.encode()) <= 32 * 1024, f"the text is within 32 KiB ({len(text.encode())} bytes)")
            cursor = sc.get("nextCursor")
            check(isinstance(cursor, str), "a cursor to continue")
            first = {c["id"] for c in sc["calls"]}
            r = await s.call_tool("list-calls", {"cursor": cursor})
            more = {c["id"] for c in field(r, "structured_content", "structuredContent")["calls"]}
            check(more and not (first & more), "the cursor continues with new calls")

            r = await s.call_tool("get-call", {"callId": "not-a-number"})
            text = "".join(c.text for c in r.content if getattr(c, "type", "") == "text")
            check(field(r, "is_error", "isError") and "callId" in text, "a bad argument is a tool error naming the field")
            r = await s.call_tool("list-workspaces", {})
            check(not field(r, "is_error", "isError"), "the session still serves after the error")

    async with await session(gong, home, ["--allow-writes"]) as (read, write):
        async with ClientSession(read, write) as s:
            await s.initialize()
            names = {t.name for t in (await s.list_tools()).tools}
            check("create-call" in names and "erase-email-address" not in names,
                  "--allow-writes offers the write tools, not the erase tools")
    await over_http(gong, home)
    print("check_gong_mcp: all checks passed")


def status_without_sdk(url, token):
    """The HTTP status of an `initialize` POST carrying `token` (or none)."""
    body = json.dumps({
        "jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                   "clientInfo": {"name": "check", "version": "1"}},
    }).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code


def http_client(url, token):
    """The SDK's streamable-HTTP client with the bearer token, under either of its names."""
    headers = {"Authorization": f"Bearer {token}"}
    from mcp.client import streamable_http
    if hasattr(streamable_http, "streamablehttp_client"):
        # SDK 1.x: headers go to the transport.
        return streamable_http.streamablehttp_client(url, headers=headers)
    # SDK 2.x: headers go to the HTTP client the transport uses.
    client = streamable_http.create_mcp_http_client(headers=headers)
    return streamable_http.streamable_http_client(url, http_client=client)


async def over_http(gong, home):
    token = secrets.token_urlsafe(24)
    env = {"HOME": home, "GONG_CONFIG": os.path.join(home, "profiles.json"), "GONG_MCP_TOKEN": token}
    server = subprocess.Popen(
        [gong, "--sandbox", "mcp", "--http", "127.0.0.1:0"],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = server.stderr.readline().strip()
        prefix = "gong: MCP server at "
        check(line.startswith(prefix), f"gong mcp --http says where it listens ({line!r})")
        url = line[len(prefix):]
        check(url.startswith("http://127.0.0.1:"), "it listens on loopback")
        check(status_without_sdk(url, None) == 401, "no bearer token: 401")
        check(status_without_sdk(url, "wrong-" + token) == 401, "a wrong bearer token: 401")
        async with http_client(url, token) as streams:
            read, write = streams[0], streams[1]
            async with ClientSession(read, write) as s:
                init = await s.initialize()
                check("untrusted" in (init.instructions or "").lower(), "HTTP: the instructions say results are untrusted")
                names = {t.name for t in (await s.list_tools()).tools}
                check(READS <= names and "create-call" not in names, "HTTP: the read tools, no write tool")
                r = await s.call_tool("list-calls", {})
                sc = field(r, "structured_content", "structuredContent")
                check(not field(r, "is_error", "isError") and isinstance(sc, dict) and len(sc.get("calls", [])) > 0,
                      "HTTP: list-calls gives calls as structured content")
                r = await s.call_tool("get-user", {"userId": "x"})
                check(field(r, "is_error", "isError"), "HTTP: a bad argument is a tool error")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_gong_mcp.py PATH/TO/gong")
    asyncio.run(main(sys.argv[1]))

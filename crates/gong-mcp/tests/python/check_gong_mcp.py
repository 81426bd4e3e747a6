"""Drives `gong --sandbox mcp` with the official MCP Python SDK (the `mcp`
package on PyPI): a client nobody in this project wrote.

Usage: python check_gong_mcp.py PATH/TO/gong

Checks: the handshake and its instructions, the default tool list (read
tools, no write tool), a `list-calls` call with structured content and a
cursor that continues it, a bad argument as a tool error with the session
still serving, and the write tools offered with --allow-writes. Exits
non-zero on the first failure.
"""

import asyncio
import os
import sys
import tempfile

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
    print("check_gong_mcp: all checks passed")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: check_gong_mcp.py PATH/TO/gong")
    asyncio.run(main(sys.argv[1]))

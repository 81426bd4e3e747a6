"""Bytes per answer: a page of calls and a transcript, raw Gong JSON against
`gong --sandbox mcp` (the official MCP Python SDK as the client).

Usage: python bench_answers.py PATH/TO/gong
"""
import asyncio, json, os, subprocess, sys, tempfile
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
gong = sys.argv[1]
home = tempfile.mkdtemp()
env = {"HOME": home, "GONG_CONFIG": os.path.join(home, "p.json")}
raw = subprocess.run([gong, "--sandbox", "raw", "GET", "/v2/calls"], capture_output=True, env=env).stdout
rawj = json.loads(raw)
raw = json.dumps(rawj, separators=(",", ":")).encode()  # compact, as Gong sends it
print("raw Gong page of calls: %d bytes, %d calls, %.0f bytes/call" % (len(raw), len(rawj["calls"]), len(raw)/len(rawj["calls"])))
cid = rawj["calls"][0]["id"]
rawt = subprocess.run([gong, "--sandbox", "raw", "POST", "/v2/calls/transcript", "--data", json.dumps({"filter": {"callIds": [cid]}})], capture_output=True, env=env).stdout
rawt = json.dumps(json.loads(rawt), separators=(",", ":")).encode()
async def main():
    p = StdioServerParameters(command=gong, args=["--sandbox", "mcp"], env=env)
    async with stdio_client(p) as (r, w):
        async with ClientSession(r, w) as s:
            await s.initialize()
            res = await s.call_tool("list-calls", {})
            text = "".join(c.text for c in res.content)
            n = len(res.structured_content["calls"])
            print("MCP list-calls answer: text %d bytes for %d calls (%.0f bytes/call)" % (len(text.encode()), n, len(text.encode())/n))
            res = await s.call_tool("get-call-transcripts", {"callIds": [cid]})
            text = "".join(c.text for c in res.content)
            lines = res.structured_content["transcripts"][0]["totalLines"]
            print("raw Gong transcript of call %s: %d bytes; MCP text: %d bytes (%d lines)" % (cid, len(rawt), len(text.encode()), lines))
asyncio.run(main())

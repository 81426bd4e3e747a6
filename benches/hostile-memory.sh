#!/usr/bin/env bash
# Peak memory (max RSS) of `gong sync`, `gong calls list-calls` and
# `gong raw --paginate` against a hostile stand-in for Gong on loopback that
# answers every request with a 64 MiB page (announced length) or an endless
# page (chunked, never finished): a baseline binary and the binary under
# test, in the same run (target: under 64 MiB, ending in a typed
# error).
#
#   benches/hostile-memory.sh BASELINE_GONG [GONG]
#
# BASELINE_GONG: a `gong` built from the commit to compare with (for
# example: git worktree add /tmp/base COMMIT && cargo build --release -p
# gong-cli there). GONG defaults to target/release/gong of this tree, built
# first. Every run is limited to 4 GiB of address space and 120 s, so a
# baseline that reads an endless answer whole stops with an allocation
# failure (as it does for a user) instead of taking the machine's memory.
# Output: one Markdown table row per case on stdout.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
before=${1:?usage: benches/hostile-memory.sh BASELINE_GONG [GONG]}
after=${2:-}
if [[ -z "$after" ]]; then
    (cd "$root" && cargo build --release -q -p gong-cli)
    after="$root/target/release/gong"
fi
work=$(mktemp -d)
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

# The hostile server: GET and POST on any path; mode by the port it is on.
cat >"$work/server.py" <<'PY'
import socket, sys, threading

MODE = sys.argv[1]            # "big" or "endless"
SIZE = 64 * 1024 * 1024
# A page of calls whose titles are long: valid JSON when it ends.
HEAD = b'{"requestId":"r","records":{"totalRecords":100,"currentPageSize":100,"currentPageNumber":0},"calls":['
def record(i, pad):
    return b'{"id":"%d","title":"' % (1000 + i) + b"x" * pad + b'"}'

def serve(conn):
    try:
        data = b""
        while b"\r\n\r\n" not in data:
            more = conn.recv(65536)
            if not more:
                return
            data += more
        if MODE == "big":
            body_len = SIZE
            per = (SIZE - len(HEAD) - 2) // 100
            head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % body_len
            conn.sendall(head + HEAD)
            sent = len(HEAD)
            for i in range(100):
                rec = record(i, per - 40)
                rec = rec + (b"," if i < 99 else b"")
                conn.sendall(rec)
                sent += len(rec)
            conn.sendall(b" " * (body_len - sent - 2) + b"]}")
        else:
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n")
            first = HEAD + b'{"id":"1","title":"'
            conn.sendall(b"%x\r\n%s\r\n" % (len(first), first))
            chunk = b"x" * (1 << 20)
            frame = b"%x\r\n%s\r\n" % (len(chunk), chunk)
            while True:
                conn.sendall(frame)
    except OSError:
        pass
    finally:
        conn.close()

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 0))
s.listen(16)
print(s.getsockname()[1], flush=True)
while True:
    c, _ = s.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
PY

start_server() {
    python3 "$work/server.py" "$1" >"$work/port" &
    server_pid=$!
    for _ in $(seq 50); do [[ -s "$work/port" ]] && break; sleep 0.1; done
    port=$(cat "$work/port")
}

measure() { # binary label args...
    local bin=$1 label=$2
    shift 2
    local out="$work/out" err="$work/err" tm="$work/time" code=0
    rm -f "$work/db.sqlite"
    (
        ulimit -v 4194304
        exec env -i HOME="$work" PATH="$PATH" GONG_CONFIG="$work/profiles.json" GONG_RETRIES=0 \
            GONG_BASE_URL="http://127.0.0.1:$port" GONG_ACCESS_KEY=k GONG_ACCESS_KEY_SECRET=s \
            /usr/bin/time -f "%M %e" -o "$tm" timeout 120 "$bin" --quota local --no-progress "$@" \
            >"$out" 2>"$err"
    ) || code=$?
    local rss secs message
    read -r rss secs < <({ grep -Eo '^[0-9]+ [0-9.]+' "$tm" || echo "0 ?"; } | tail -1)
    message=$({ grep -v '^Command' "$err" || true; } | tail -1 | cut -c1-120)
    printf '| %s | %s | %s MiB | %s s | exit %s: %s (%s lines out) |\n' "$label" "$mode" "$((rss / 1024))" "$secs" \
        "$code" "${message:-nothing on stderr}" "$(wc -l <"$out")"
}

echo "| command | page | peak RSS | time | how it ended (stderr) |"
echo "|---|---|---|---|---|"
for mode in big endless; do
    start_server "$mode"
    for which in before after; do
        bin=$before
        [[ $which == after ]] && bin=$after
        measure "$bin" "$which: calls list-calls" calls list-calls -o jsonl
        measure "$bin" "$which: raw --paginate" raw GET /v2/calls --paginate -o jsonl
        measure "$bin" "$which: sync" sync --db "sqlite:$work/db.sqlite" --streams calls
    done
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
done

#!/usr/bin/env bash
# Clean `cargo build --release --lib` of gong-client (default features, i.e.
# build-time codegen and native-tls, and without codegen: --no-default-features
# --features native-tls, from generated/) beside
# an openapi-generator Gong crate (Rust, reqwest, its default native-tls)
# generated from the same openapi/gong.json, in the same run, rounds
# interleaved. docs/benchmarks.md reports its output.
#
#   benches/build-cost.sh [ROUNDS]        (default 1 round)
#
# Needs java (17+) and python3: openapi-generator comes from PyPI's
# openapi-generator-cli (it bundles the jar), installed into a scratch venv.
# Everything is written under a scratch directory ($BUILD_COST_DIR, default
# /tmp/gong-build-cost), whose target directories are deleted after each
# build; nothing is written to the repository. The library is built from a
# `git archive HEAD` copy. Honours CARGO_BUILD_JOBS.
set -euo pipefail

rounds="${1:-1}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${BUILD_COST_DIR:-/tmp/gong-build-cost}"
generator_version="7.26.0"
mkdir -p "$scratch"

if [[ ! -x "$scratch/venv/bin/openapi-generator-cli" ]]; then
    python3 -m venv "$scratch/venv"
    "$scratch/venv/bin/pip" install -q "openapi-generator-cli==$generator_version"
fi
oag="$scratch/gong-oag"
rm -rf "$oag"
"$scratch/venv/bin/openapi-generator-cli" generate -i "$repo/openapi/gong.json" -g rust -o "$oag" \
    --additional-properties=packageName=gong-oag,library=reqwest --skip-validate-spec >"$scratch/generate.log" 2>&1
# The committed tree (not the working copy, which may be mid-edit).
src="$scratch/gong-client"
rm -rf "$src" && mkdir -p "$src"
git -C "$repo" archive HEAD | tar -x -C "$src"
# A workspace of its own, so that no parent Cargo.toml claims it.
printf '\n[workspace]\n' >>"$oag/Cargo.toml"
(cd "$oag" && cargo generate-lockfile -q)

# build NAME MANIFEST [cargo args...]: one clean release build, seconds on stdout.
build() {
    local name="$1" manifest="$2"
    shift 2
    local target="$scratch/target-$name"
    rm -rf "$target"
    local start end
    start=$(date +%s.%N)
    CARGO_TARGET_DIR="$target" cargo build -q --release --lib --manifest-path "$manifest" "$@" >&2
    end=$(date +%s.%N)
    rm -rf "$target"
    echo "$start $end" | awk '{ printf "%.1f", $2 - $1 }'
}

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, jobs ${CARGO_BUILD_JOBS:-default}, load average $(cut -d' ' -f1-3 /proc/loadavg), $(rustc --version)"
echo "round gong-client(codegen) gong-client(no-codegen) openapi-generator ratio-codegen ratio-no-codegen"
for round in $(seq 1 "$rounds"); do
    oag_s=$(build oag "$oag/Cargo.toml")
    with_s=$(build codegen "$src/Cargo.toml" -p gong-client)
    without_s=$(build no-codegen "$src/Cargo.toml" -p gong-client --no-default-features --features native-tls)
    awk -v r="$round" -v a="$with_s" -v b="$without_s" -v o="$oag_s" \
        'BEGIN { printf "%s %s %s %s %.2f %.2f\n", r, a, b, o, a / o, b / o }'
done
rm -rf "$src" "$oag"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

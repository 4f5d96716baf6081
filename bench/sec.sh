#!/usr/bin/env bash
# sec.sh: time finfig sec import against Python's json.load of the same
# company facts, on this machine, in one run, and show the memory of a
# bulk zip import as the companies grow. See bench/sec.py.
#
#   bash bench/sec.sh [REPS] [COPIES ...]   (from the repository root)
#
# Needs ../shared/data/sec/CIK0001065280.json and CIK0001326801.json.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
go build -o "$TMP/finfig" ./cmd/finfig
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg); $(go version | cut -d' ' -f3); $(/usr/bin/python3 --version)"
/usr/bin/python3 bench/sec.py "$TMP/finfig" "$@"

#!/usr/bin/env bash
# bench-notebooks.sh: how long each notebook takes to run, from a fresh clone
# with an empty Go build cache (BENCHMARKS.md, Notebooks).
#
#   scripts/bench-notebooks.sh [NOTEBOOK ...]     (default: notebooks/*.ipynb)
#
# It clones this repository's HEAD into a temporary directory and, with
# GOCACHE an empty directory of its own, builds the tools (scripts/
# build-tools.sh) and keeps a copy of that cache ("unwarmed"), then runs
# scripts/setup-notebooks.sh (`make notebooks-setup`: the kernel spec and the
# warm-up) and keeps a copy of that one ("warmed"). For each notebook it then runs, each time with
# scripts/run-notebooks.py, which reports the run-all wall time (kernel start
# included) and every cell's time:
#
#   unwarmed  from the unwarmed cache: a first run without the warm-up
#   cold      from the warmed cache: a first run right after setup
#   warm      again, on the cache the cold run left
#
# and prints a Markdown table. The module cache (GOMODCACHE) is the machine's:
# no download is timed. Set KEEP=1 to keep the clone and the caches.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="/usr/bin/python3"
export PATH="/usr/local/go/bin:${PATH}"

work="$(mktemp -d)"
if [ "${KEEP:-0}" = 0 ]; then
	trap 'chmod -R u+w "${work}" 2>/dev/null; rm -rf "${work}"' EXIT
fi
git clone -q "${ROOT}" "${work}/finfig"
clone="${work}/finfig"

export GOCACHE="${work}/cache"
mkdir -p "${GOCACHE}"
"${clone}/scripts/build-tools.sh"
cp -a "${GOCACHE}" "${work}/cache-unwarmed"
"${clone}/scripts/setup-notebooks.sh" # the kernel spec, and the warm-up
cp -a "${GOCACHE}" "${work}/cache-warmed"

if [ "$#" -eq 0 ]; then
	set -- "${clone}"/notebooks/*.ipynb
fi

# run NOTEBOOK LABEL: runs it and appends "LABEL NAME wall median" to results.
run() {
	"${PYTHON}" "${clone}/scripts/run-notebooks.py" --out "${work}/out" "$1" > "${work}/run.log" 2>&1 ||
		{ cat "${work}/run.log"; exit 1; }
	"${PYTHON}" - "${work}/out/timings.json" "$2" >> "${work}/results.txt" <<-'EOF'
		import json, statistics, sys
		for name, t in json.load(open(sys.argv[1])).items():
		    print(sys.argv[2], name, t["wall"], statistics.median(t["cells"]), len(t["cells"]))
	EOF
}

for nb in "$@"; do
	nb="${clone}/notebooks/$(basename "${nb}")"
	rm -rf "${GOCACHE}" && cp -a "${work}/cache-unwarmed" "${GOCACHE}"
	run "${nb}" unwarmed
	rm -rf "${GOCACHE}" && cp -a "${work}/cache-warmed" "${GOCACHE}"
	run "${nb}" cold
	run "${nb}" warm
done

"${PYTHON}" - "${work}/results.txt" <<-'EOF'
	import sys
	rows = {}
	for line in open(sys.argv[1]):
	    label, name, wall, median, cells = line.split()
	    rows.setdefault(name, {})[label] = (float(wall), float(median), int(cells))
	print("| notebook | code cells | run-all, unwarmed | run-all, cold | run-all, warm | cold / warm | median cell, cold | median cell, warm |")
	print("|---|---:|---:|---:|---:|---:|---:|---:|")
	for name, r in rows.items():
	    u, c, w = r["unwarmed"], r["cold"], r["warm"]
	    print(f"| {name} | {c[2]} | {u[0]:.1f} s | {c[0]:.1f} s | {w[0]:.1f} s | {c[0] / w[0]:.2f} | {c[1]:.2f} s | {w[1]:.2f} s |")
EOF

#!/usr/bin/env bash
# compare.sh: time finfig's bulk growth kernels in Go, numpy and pandas on
# the same data, on this machine, in one run, and print one table.
#
#   bash bench/compare.sh [REPS]        (from the repository root; REPS=7)
#
# It installs Debian's python3-numpy, python3-pandas and
# python3-matplotlib when they are missing, and uses /usr/bin/python3
# (not whichever python is first on PATH) so that those are the ones used.
# The data, 10^7 values of a seeded random walk, is written once by the Go
# program and read by both sides. Each time is a median of REPS batches.
set -euo pipefail

REPS=${1:-7}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=/usr/bin/python3
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"

if ! "$PY" -c 'import numpy, pandas, matplotlib' 2>/dev/null; then
	echo "installing python3-numpy python3-pandas python3-matplotlib" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq python3-numpy python3-pandas python3-matplotlib >&2
fi

go build -o "$TMP/bench" ./bench
"$TMP/bench" gen "$TMP/values.f64"
"$TMP/bench" time "$TMP/values.f64" "$REPS" > "$TMP/go.json"

# Charts. plots/ is another engineer's; when it has benchmarks named
# BenchmarkChart*, each is timed here beside matplotlib drawing the same
# chart: a line chart of 2 series of 8 points, rendered to PNG at the same
# pixel size. The pixel size is read from the benchmark's name when it
# ends in /WxH (e.g. BenchmarkChartLine/800x500), else 800x500.
echo '[]' > "$TMP/charts.json"
if grep -rqs --include='*_test.go' '^func BenchmarkChart' plots; then
	go test -run '^$' -bench '^BenchmarkChart' -benchtime 2s -count "$REPS" ./plots > "$TMP/charts.txt"
	"$PY" - "$TMP/charts.txt" "$TMP/charts.json" "$REPS" <<'PYEOF'
import io, json, re, statistics, sys, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

src, dst, reps = sys.argv[1], sys.argv[2], int(sys.argv[3])
runs = {}
for line in open(src):
    m = re.match(r"(BenchmarkChart\S*?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", line)
    if m:
        runs.setdefault(m.group(1), []).append(float(m.group(2)) * 1e-9)

def draw(w, h, dpi=100):
    x = list(range(2012, 2020))
    fb = [4279, 6986, 11492, 17079, 26885, 39942, 55013, 69655]
    nf = [2472.410, 3463.765, 4739.495, 6133.774, 8288.402, 11242.216, 15428.752, 19859.230]
    fig, ax = plt.subplots(figsize=(w / dpi, h / dpi), dpi=dpi)
    ax.plot(x, fb, marker="o", label="Facebook ad revenue")
    ax.plot(x, nf, marker="o", label="Netflix streaming revenue")
    ax.set_yscale("log")
    ax.legend()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    plt.close(fig)

out = []
for name, times in runs.items():
    m = re.search(r"/(\d+)x(\d+)", name)
    w, h = (int(m.group(1)), int(m.group(2))) if m else (800, 500)
    draw(w, h)
    mpl = []
    for _ in range(reps):
        start = time.perf_counter()
        for _ in range(5):
            draw(w, h)
        mpl.append((time.perf_counter() - start) / 5)
    out.append({"name": name.removeprefix("Benchmark"), "size": "%dx%d px" % (w, h),
                "go": statistics.median(times), "matplotlib": statistics.median(mpl)})
json.dump(out, open(dst, "w"))
PYEOF
else
	echo "TODO(charts): plots/ has no BenchmarkChart* benchmarks yet; the chart rows are left out." >&2
fi

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3-4)," \
	"numpy $("$PY" -c 'import numpy; print(numpy.__version__)'), pandas $("$PY" -c 'import pandas; print(pandas.__version__)')," \
	"Python $("$PY" -c 'import platform; print(platform.python_version())'), GOMAXPROCS=${GOMAXPROCS:-$(nproc)}, medians of $REPS"
echo
"$PY" bench/compare.py "$TMP/values.f64" "$REPS" "$TMP/go.json" "$TMP/charts.json"

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

# Charts. plots/ (another engineer's) has BenchmarkChart/<chart>/<format>,
# every standard chart written as PNG and SVG. The two that are a line
# chart of 2 series of 8 points (Facebook and Netflix revenue 2012-2019,
# linear and log scale) are timed as PNG beside matplotlib drawing the same
# chart to PNG at the same pixel size: plots.DefaultWidth x DefaultHeight
# (7 x 4.5 in) at plots.PNGDPI (144), 1008x648 px, unless CHART_PX says.
CHART_PX=${CHART_PX:-1008x648}
echo '[]' > "$TMP/charts.json"
if grep -rqs --include='*_test.go' '^func BenchmarkChart' cases/fbnetflix; then
	go test -run '^$' -bench '^BenchmarkChart$/^0[12]-revenue-(linear|log)$/^png$' -count "$REPS" ./cases/fbnetflix > "$TMP/charts.txt"
	"$PY" - "$TMP/charts.txt" "$TMP/charts.json" "$REPS" "$CHART_PX" <<'PYEOF'
import io, json, re, statistics, sys, time
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

src, dst, reps, px = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
w, h = map(int, px.split("x"))
runs = {}
for line in open(src):
    m = re.match(r"Benchmark(Chart\S*?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", line)
    if m:
        runs.setdefault(m.group(1), []).append(float(m.group(2)) * 1e-9)

def draw(logy, dpi=144):
    x = list(range(2012, 2020))
    fb = [4279, 6986, 11492, 17079, 26885, 39942, 55013, 69655]
    nf = [2472.410, 3463.765, 4739.495, 6133.774, 8288.402, 11242.216, 15428.752, 19859.230]
    fig, ax = plt.subplots(figsize=(w / dpi, h / dpi), dpi=dpi)
    ax.plot(x, fb, marker="o", label="Facebook advertising revenue")
    ax.plot(x, nf, marker="o", label="Netflix streaming revenue")
    if logy:
        ax.set_yscale("log")
    ax.set_title("Revenue, USD millions")
    ax.legend()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    plt.close(fig)
    return buf.getbuffer().nbytes

out = []
for name, times in sorted(runs.items()):
    logy = "log" in name
    draw(logy)
    mpl = []
    for _ in range(reps):
        start = time.perf_counter()
        for _ in range(5):
            draw(logy)
        mpl.append((time.perf_counter() - start) / 5)
    out.append({"name": name, "size": "%dx%d px" % (w, h),
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

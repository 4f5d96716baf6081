#!/usr/bin/python3
"""Time finfig sec import against Python's json.load of the same files, and
show the memory of a bulk zip import as the number of companies grows.

Usage (from the repository root; bench/sec.sh builds finfig and calls it):

    /usr/bin/python3 bench/sec.py FINFIG [REPS] [COPIES ...]

FINFIG is a finfig binary. The inputs are the real company facts of Netflix
and Meta in ../shared/data/sec. REPS rounds (default 7) each run, one after
the other in the same round so that both see the same machine load:

  - finfig sec import --skip-bad of the two files into a new directory
    (the data package written and synced);
  - python3 -c 'json.load' of the two files (nothing else), which also
    prints the time json.load itself took, without the interpreter's start.

Each process runs under /usr/bin/time, which gives its wall, user and
system time and its peak resident memory (RSS). The medians are printed.

Then, for each COPIES (default 1 10 50), a zip of the two files repeated
COPIES times (each copy with its own CIK, so that they are different
companies) is imported, and the peak RSS of each import printed: the
memory of a bulk import should not grow with the companies.

Uses only the standard library.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "sec")
FILES = [os.path.join(DATA, "CIK0001065280.json"), os.path.join(DATA, "CIK0001326801.json")]
TIME = "/usr/bin/time"
PY = "/usr/bin/python3"


GCTRACE = re.compile(r"(\d+)->(\d+)->(\d+) MB")


def timed(args, env=None):
    """Runs args under /usr/bin/time; returns (wall, user, sys, maxrss MB,
    stdout, peak heap MB, peak live heap MB). The heap figures come from a Go
    program's GODEBUG=gctrace=1 lines, when env sets it: the heap when a
    collection started, and what was live after it."""
    r = subprocess.run([TIME, "-f", "%e %U %S %M"] + args, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(args), r.stderr))
    lines = r.stderr.strip().splitlines()
    wall, user, sys_, rss = lines[-1].split()
    gcs = [tuple(map(int, m.groups())) for m in map(GCTRACE.search, lines) if m]
    heap = max((g[0] for g in gcs), default=0)
    live = max((g[2] for g in gcs), default=0)
    return float(wall), float(user), float(sys_), int(rss) / 1024, r.stdout, heap, live


def gctrace():
    env = dict(os.environ)
    env["GODEBUG"] = "gctrace=1"
    return env


def main():
    finfig = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    copies = [int(c) for c in sys.argv[3:]] or [1, 10, 50]
    for f in FILES:
        if not os.path.exists(f):
            sys.exit("%s is not there" % f)
    size = sum(os.path.getsize(f) for f in FILES)
    largest = max(os.path.getsize(f) for f in FILES)
    tmp = tempfile.mkdtemp(prefix="finfig-sec-bench-")
    try:
        load = "import json, sys, time\nt = time.perf_counter()\nfor f in sys.argv[1:]:\n    json.load(open(f))\nprint(time.perf_counter() - t)\n"
        go, py, inproc, heaps = [], [], [], []
        for _ in range(reps):
            out = os.path.join(tmp, "pkg")
            shutil.rmtree(out, ignore_errors=True)
            r = timed([finfig, "sec", "import", "--skip-bad", "--out", out] + FILES, gctrace())
            go.append(r[:4])
            heaps.append(r[5:])
            w, u, s, m, stdout, _, _ = timed([PY, "-c", load] + FILES)
            py.append((w, u, s, m))
            inproc.append(float(stdout))
        written = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
        baseline = timed([finfig, "help"])[3]
        med = lambda rows, i: statistics.median(r[i] for r in rows)
        print("input: 2 files, %.2f MB (largest %.2f MB); output: %.2f MB; %d rounds, medians" % (size / 1e6, largest / 1e6, written / 1e6, reps))
        print("| run | wall s | user s | sys s | peak RSS MB | MB/s (wall) |")
        print("|---|---:|---:|---:|---:|---:|")
        print("| finfig sec import (package written) | %.3f | %.3f | %.3f | %.1f | %.1f |" % (med(go, 0), med(go, 1), med(go, 2), med(go, 3), size / 1e6 / med(go, 0)))
        print("| python3 json.load (process) | %.3f | %.3f | %.3f | %.1f | %.1f |" % (med(py, 0), med(py, 1), med(py, 2), med(py, 3), size / 1e6 / med(py, 0)))
        print("| python3 json.load (the call alone) | %.3f | | | | %.1f |" % (statistics.median(inproc), size / 1e6 / statistics.median(inproc)))
        print("| finfig help (the process alone) | | | | %.1f | |" % baseline)
        print()
        print("finfig's Go heap (GODEBUG=gctrace=1), medians: %.0f MB when a collection started, %.0f MB live after one; 3 x the largest file is %.1f MB" % (
            statistics.median(h[0] for h in heaps), statistics.median(h[1] for h in heaps), 3 * largest / 1e6))
        one = timed([finfig, "sec", "import", "--skip-bad", "--out", os.path.join(tmp, "one")] + FILES, dict(gctrace(), GOMAXPROCS="1"))
        print("with GOMAXPROCS=1 (one company at a time): %.0f MB heap, %.0f MB live, peak RSS %.1f MB, wall %.2f s" % (one[5], one[6], one[3], one[0]))
        # GOGC=10 collects at every 10% of growth, so that the largest heap
        # seen at the start of a collection is close to the most that was
        # ever live: the memory the import needs, not what the collector's
        # pacing (GOGC=100 lets the heap grow to twice what is live) adds.
        tight = [timed([finfig, "sec", "import", "--skip-bad", "--out", os.path.join(tmp, "tight%d" % i)] + FILES, dict(gctrace(), GOGC="10")) for i in range(3)]
        print("with GOGC=10 (a collection at every 10%% of growth), medians of 3: %.0f MB heap, %.0f MB live, peak RSS %.1f MB" % (
            statistics.median(t[5] for t in tight), statistics.median(t[6] for t in tight), statistics.median(t[3] for t in tight)))
        print()
        print("bulk zip of the two files repeated, each copy its own CIK:")
        print("| companies | JSON MB | zip MB | wall s | user s | sys s | peak RSS MB | Go heap MB | live MB | MB/s (wall) | output MB |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        docs = [open(f, "rb").read() for f in FILES]
        for n in copies:
            zpath = os.path.join(tmp, "bulk.zip")
            with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
                for i in range(n):
                    for j, d in enumerate(docs):
                        cik = 9000000 + 2 * i + j
                        old = b'"cik":%d' % json.loads(d[:200].split(b',"entityName"')[0] + b"}")["cik"]
                        assert d.startswith(b"{" + old), "unexpected start of %s" % FILES[j]
                        z.writestr("CIK%010d.json" % cik, d.replace(old, b'"cik":%d' % cik, 1))
            out = os.path.join(tmp, "bulk")
            shutil.rmtree(out, ignore_errors=True)
            w, u, s, m, _, heap, live = timed([finfig, "sec", "import", "--skip-bad", "--out", out, zpath], gctrace())
            written = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
            jsonmb = n * size / 1e6
            print("| %d | %.0f | %.1f | %.2f | %.2f | %.2f | %.1f | %d | %d | %.1f | %.0f |" % (2 * n, jsonmb, os.path.getsize(zpath) / 1e6, w, u, s, m, heap, live, jsonmb / w, written / 1e6))
            shutil.rmtree(out, ignore_errors=True)
            os.remove(zpath)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Time numpy and pandas on the operations that bench/main.go times in Go,
on the same data, and print one table beside the Go times.

    /usr/bin/python3 bench/compare.py DATA REPS GO_JSON [CHART_JSON]

DATA is the file `bench gen` wrote (float64, little-endian), GO_JSON what
`bench time` printed. CHART_JSON, if given, holds the Go chart timings that
compare.sh parsed from plots' BenchmarkChart benchmarks (see there).

Each time is the median over REPS batches, a batch repeating the call until
it takes at least 20 ms, as bench/main.go does.
"""

import json
import platform
import subprocess
import sys
import time

import numpy as np
import pandas as pd


def median(reps, f):
    f()  # warm up
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            f()
        if time.perf_counter() - start >= 0.02 or calls >= 1 << 20:
            break
        calls *= 2
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        for _ in range(calls):
            f()
        times.append((time.perf_counter() - start) / calls)
    times.sort()
    return times[reps // 2]


def cagr_windows(v, out, step=1.0):
    """Every window's CAGR, vectorised a row at a time, into out."""
    n = len(v)
    logv = np.log(v)
    ks = np.arange(1, n, dtype=np.float64) * step
    k = 0
    for i in range(n - 1):
        m = n - 1 - i
        row = out[k:k + m]
        np.subtract(logv[i + 1:], logv[i], out=row)
        np.divide(row, ks[:m], out=row)
        np.expm1(row, out=row)
        k += m


def trend(t, logv, q=1.959963984540054):
    """The log-linear fit of FitTrend: slope, rate, R², 95% interval (the
    normal quantile stands in for Student's t, as n is large)."""
    tc = t - t.mean()
    beta, alpha = np.polyfit(tc, logv, 1)
    res = logv - (alpha + beta * tc)
    ssr = res @ res
    dev = logv - logv.mean()
    r2 = 1 - ssr / (dev @ dev)
    se = np.sqrt(ssr / (len(t) - 2) / (tc @ tc))
    return np.expm1(beta), r2, np.expm1(beta - q * se), np.expm1(beta + q * se)


def time_ops(v_all, reps):
    """{(op, n): (numpy, numpy_out, pandas)} seconds; None where the
    library has no such operation."""
    out = {}

    def put(op, n, np_f, np_out_f, pd_f):
        r = (median(reps, np_f),
             median(reps, np_out_f) if np_out_f else None,
             median(reps, pd_f) if pd_f else None)
        out[(op, n)] = r
        fmt = lambda x: "%12.6f" % (1e3 * x) if x is not None else "%12s" % "-"
        print("py %-14s n=%-9d %s %s %s ms" % (op, n, *map(fmt, r)), file=sys.stderr)

    for n in (1_000, 100_000, 10_000_000):
        v = v_all[:n].copy()
        s = pd.Series(v)
        d = np.empty(n)
        put("copy", n, lambda: np.copyto(d, v), None, lambda: s.copy())
        put("pct_change", n,
            lambda: v[1:] / v[:-1] - 1,
            lambda: (np.divide(v[1:], v[:-1], out=d[:n - 1]), np.subtract(d[:n - 1], 1, out=d[:n - 1])),
            lambda: s.pct_change())
        put("yoy_lag12", n,
            lambda: v[12:] / v[:-12] - 1,
            lambda: (np.divide(v[12:], v[:-12], out=d[:n - 12]), np.subtract(d[:n - 12], 1, out=d[:n - 12])),
            lambda: s.pct_change(periods=12))
        put("multiple", n,
            lambda: v[1:] / v[:-1],
            lambda: np.divide(v[1:], v[:-1], out=d[:n - 1]),
            lambda: s / s.shift(1))
        put("index", n,
            lambda: v / v[0] * 100,
            lambda: np.multiply(v, 100 / v[0], out=d),
            lambda: s / s.iloc[0] * 100)
        put("log_growth", n,
            lambda: np.log(v[1:] / v[:-1]),
            lambda: (np.divide(v[1:], v[:-1], out=d[:n - 1]), np.log(d[:n - 1], out=d[:n - 1])),
            lambda: np.log(s / s.shift(1)))
        t, logv = np.arange(n, dtype=np.float64), np.log(v)
        put("trend", n, lambda: trend(t, logv), None, None)
    for n in (45, 448, 4473, 10_000):
        v = v_all[:n].copy()
        w = np.empty(n * (n - 1) // 2)
        put("cagr_windows", n, lambda: cagr_windows(v, w), None, None)
    return out


def ms(x):
    if x is None:
        return "-"
    if x >= 1e-3:
        return "%.2f ms" % (1e3 * x)
    return "%.2f µs" % (1e6 * x)


def ratio(a, b):
    return "-" if a is None or b is None else "%.2f" % (a / b)


def size_name(n):
    for e in range(1, 9):
        if n == 10 ** e:
            return "1e%d" % e
    return "{:,}".format(n)


def main():
    data, reps, go_json = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    charts = json.load(open(sys.argv[4])) if len(sys.argv) > 4 else []
    v_all = np.fromfile(data, dtype="<f8")
    go = json.load(open(go_json))
    py = time_ops(v_all, reps)

    print("| operation | size | Go | numpy | numpy (out=) | pandas | Go/numpy | pandas/Go | copy floor | Go/floor |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in go:
        op, n = r["op"], r["n"]
        np_t, np_out, pd_t = py[(op, n)]
        size = size_name(n)
        if op == "cagr_windows":
            size = "n=%s, %s windows" % (size_name(n), "{:,}".format(r["size"]))
        floor = "" if op == "copy" else ms(r["floor"])
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            op, size, ms(r["seconds"]), ms(np_t), ms(np_out), ms(pd_t),
            ratio(r["seconds"], np_t), ratio(pd_t, r["seconds"]), floor,
            "" if op == "copy" else ratio(r["seconds"], r["floor"])))
    for c in charts:
        print("| chart %s | %s | %s | %s (matplotlib) | - | - | %s | - | | |" % (
            c["name"], c["size"], ms(c["go"]), ms(c["matplotlib"]), ratio(c["go"], c["matplotlib"])))


if __name__ == "__main__":
    main()

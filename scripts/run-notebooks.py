#!/usr/bin/python3
"""Execute the GoNB notebooks headless, check them, and compare their outputs.

Usage (from the repository root, after scripts/setup-notebooks.sh):

    /usr/bin/python3 scripts/run-notebooks.py [--update] [--timeout S] [NOTEBOOK ...]

With no NOTEBOOK, runs every notebooks/*.ipynb. For each notebook it

1. executes it with nbclient and the GoNB kernel ("gonb"), in a process of its
   own, into out/notebooks/NAME.ipynb (the kernel's log goes to
   out/notebooks/NAME.log), and renders that to out/notebooks/NAME.html;
2. fails when any cell has an error output, or a stream output with `panic:`
   or `exit status N` (a failing `!` shell command in GoNB prints only that);
3. compares the text outputs of every code cell (stdout, stderr, and the
   text/plain and text/markdown data of displays and results; not images, not
   HTML, not timings) with those committed in the notebook, after normalising
   what changes from run to run (GoNB's temporary directory, the repository's
   path, durations, `go: downloading` lines). A cell tagged `skip-compare`
   (cell metadata "tags") is not compared.

With --update (or UPDATE=1 in the environment), a notebook that executed
without error gets its executed outputs written back into notebooks/NAME.ipynb
instead of being compared.

It prints, and writes to out/notebooks/timings.json, each notebook's wall
time (kernel start included) and the time of each code cell: from sending the
cell to the kernel to its reply, as this side's clock sees it (the times the
kernel stamps on its messages are whole seconds).

Exits non-zero when any notebook failed. Uses only the standard library so
that it runs on Debian's /usr/bin/python3 whatever else is on PATH.
"""

import argparse
import difflib
import statistics
import glob
import html.parser
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JUPYTER = "/usr/bin/jupyter"
KERNEL = "gonb"
SKIP_TAG = "skip-compare"
COMPARED_MIME = ("text/plain", "text/markdown")

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
PANIC = re.compile(r"panic:")
EXIT_STATUS = re.compile(r"\bexit status [0-9]+\b")
# GoNB compiles each kernel's cells in a directory gonb_<8 hex digits> under
# the temporary directory; the notebook's Go module is named after it.
GONB_TMP_PATH = re.compile(r"(?:/[^\s/:\"']+)*/gonb_[0-9a-f]{8}")
GONB_ID = re.compile(r"\bgonb_[0-9a-f]{8}\b")
# Go durations as time.Duration and `go test` print them: 1.5s, 12ms, 3µs,
# 1m2.5s (not a bare "2010s": whole seconds need a minute part).
DURATION = re.compile(
    r"(?<![\w.])(?:(?:\d+h)?\d+m\d+(?:\.\d+)?s|\d+(?:\.\d+)?(?:ns|µs|us|ms)|\d+\.\d+s)(?!\w)"
)
POINTER = re.compile(r"\b0x[0-9a-f]{8,}\b")
# Module download chatter: present on a cold module cache only.
GO_CHATTER = re.compile(r"^go: (?:downloading|finding module|extracting) .*$\n?", re.M)


def text_of(value):
    """nbformat stores multi-line strings either as one string or a list."""
    if isinstance(value, list):
        return "".join(value)
    return value or ""


def normalise(text):
    text = ANSI.sub("", text)
    text = GO_CHATTER.sub("", text)
    text = GONB_TMP_PATH.sub("$GONB_TMP_DIR", text)
    text = GONB_ID.sub("gonb_XXXXXXXX", text)
    text = text.replace(ROOT, "$ROOT")
    text = DURATION.sub("<duration>", text)
    text = POINTER.sub("0x<pointer>", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


class _HTMLText(html.parser.HTMLParser):
    """Collects the visible text of an HTML fragment (GoNB's error boxes)."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self._skip += 1
        elif tag in ("div", "br", "pre", "p"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(fragment):
    p = _HTMLText()
    p.feed(fragment)
    lines = [line.rstrip() for line in "".join(p.parts).split("\n")]
    return "\n".join(line for line in lines if line.strip())


def cell_label(index, cell):
    lines = [l.strip() for l in text_of(cell.get("source")).split("\n")]
    first = next((l for l in lines if l not in ("", "%%", "%main")), "")
    if len(first) > 70:
        first = first[:67] + "..."
    count = cell.get("execution_count")
    run = f", In [{count}]" if count is not None else ""
    cid = f" (id {cell['id']})" if cell.get("id") else ""
    return f"cell {index + 1}{cid}{run}: {first}"


def indent(text, prefix="    "):
    return "\n".join(prefix + line for line in text.rstrip("\n").split("\n"))


def check_errors(nb):
    """Returns one message per failing cell."""
    problems = []
    for i, cell in enumerate(nb["cells"]):
        if cell.get("cell_type") != "code":
            continue
        found = []
        html_errors = []
        for out in cell.get("outputs", []):
            kind = out.get("output_type")
            if kind == "error":
                tb = ANSI.sub("", "\n".join(out.get("traceback") or []))
                found.append(f"error {out.get('ename')}: {ANSI.sub('', str(out.get('evalue')))}")
                if tb.strip() and tb.strip() != str(out.get("evalue")).strip():
                    found.append(tb)
            elif kind == "stream":
                text = ANSI.sub("", text_of(out.get("text")))
                for line in text.split("\n"):
                    if PANIC.search(line) or EXIT_STATUS.search(line):
                        found.append(f"{out.get('name')}: {line}")
            elif kind in ("display_data", "execute_result"):
                h = text_of(out.get("data", {}).get("text/html"))
                if "gonb-err" in h or h.startswith('<pre style="white-space: pre-wrap;">'):
                    html_errors.append(html_text(h))
        if found:
            if html_errors:
                found.append("GoNB's error report:")
                found.extend(html_errors)
            problems.append(f"{cell_label(i, cell)}\n" + indent("\n".join(found)))
    return problems


def cell_texts(cell):
    """The compared text of one code cell, as (label, text) pairs: stdout and
    stderr (each stream's chunks joined: their split varies), the kinds of its
    displays (so that a lost chart is noticed, though its pixels are not
    compared), and the text/plain and text/markdown of each display."""
    streams = {"stdout": "", "stderr": ""}
    kinds, data = [], []
    for out in cell.get("outputs", []):
        kind = out.get("output_type")
        if kind == "stream":
            name = out.get("name", "stdout")
            streams[name] = streams.get(name, "") + text_of(out.get("text"))
        elif kind in ("display_data", "execute_result"):
            n = len(kinds) + 1
            kinds.append(f"{n}: {kind} " + " ".join(sorted(out.get("data", {}))))
            for mime in COMPARED_MIME:
                if mime in out.get("data", {}):
                    data.append((f"display {n} {mime}", text_of(out["data"][mime])))
    texts = [(name, normalise(text)) for name, text in sorted(streams.items()) if normalise(text)]
    if kinds:
        texts.append(("displays", "\n".join(kinds)))
    texts += [(label, normalise(text)) for label, text in data]
    return texts


def compare(name, committed, executed):
    """Returns a readable diff per differing cell (empty when all match)."""
    problems = []
    cc, ec = committed["cells"], executed["cells"]
    if len(cc) != len(ec):
        return [f"{len(cc)} cells committed, {len(ec)} executed"]
    if not any(c.get("outputs") for c in cc if c.get("cell_type") == "code"):
        return ["the committed notebook has no outputs: run `UPDATE=1 make notebooks` and commit it"]
    for i, (c, e) in enumerate(zip(cc, ec)):
        if c.get("cell_type") != "code":
            continue
        if SKIP_TAG in c.get("metadata", {}).get("tags", []):
            continue
        want, got = cell_texts(c), cell_texts(e)
        if want == got:
            continue
        diff = []
        for label in sorted(set(k for k, _ in want) | set(k for k, _ in got)):
            w = dict(want).get(label, "")
            g = dict(got).get(label, "")
            if w == g:
                continue
            diff.extend(difflib.unified_diff(
                w.splitlines(), g.splitlines(),
                fromfile=f"committed {name} {label}", tofile=f"executed {name} {label}",
                lineterm=""))
        if not diff:  # same texts in another order
            diff = [f"committed: {want!r}", f"executed:  {got!r}"]
        problems.append(f"{cell_label(i, e)}\n" + indent("\n".join(diff)))
    return problems


def write_back(path, committed, executed):
    """Stores the executed outputs and execution counts in the committed notebook."""
    for c, e in zip(committed["cells"], executed["cells"]):
        if c.get("cell_type") != "code":
            continue
        c["outputs"] = e.get("outputs", [])
        c["execution_count"] = e.get("execution_count")
        c.get("metadata", {}).pop("execution", None)
    with open(path, "w", encoding="utf-8") as f:
        # Jupyter's own layout, so that saving from the browser gives no diff.
        json.dump(committed, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")


TIMING_KEY = "finfig_seconds"  # executed cell metadata: the cell's time


def cell_seconds(nb):
    """The execution time of each code cell, as execute_one recorded it."""
    return [c["metadata"][TIMING_KEY] for c in nb["cells"]
            if c.get("cell_type") == "code" and TIMING_KEY in c.get("metadata", {})]


def execute_one(src, dst, timeout):
    """Executes notebook src into dst, recording each code cell's time in its
    metadata. Runs in a process of its own (--execute-one), whose output, the
    kernel's log included, goes to the notebook's log."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(src, as_version=4)
    started = {}

    def on_execute(cell, cell_index, **kw):
        started[cell_index] = time.monotonic()

    def on_executed(cell, cell_index, **kw):
        cell.metadata[TIMING_KEY] = round(time.monotonic() - started[cell_index], 3)

    client = NotebookClient(nb, kernel_name=KERNEL, timeout=timeout, allow_errors=True,
                            on_cell_execute=on_execute, on_cell_executed=on_executed,
                            resources={"metadata": {"path": os.path.dirname(src)}})
    client.execute()
    nbformat.write(nb, dst)


def run(cmd, log_path, env):
    with open(log_path, "a", encoding="utf-8") as log:
        log.write("$ " + " ".join(cmd) + "\n")
        log.flush()
        return subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT).returncode


def tail(path, n=40):
    """The end of a log: from the last Python exception line if there is one."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.readlines()
    for i in range(len(lines) - 1, max(len(lines) - n, 0) - 1, -1):
        if re.match(r"[A-Za-z_][\w.]*(?:Error|Exception)\b", lines[i]):
            return "".join(lines[i:])
    return "".join(lines[-n:])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("notebooks", nargs="*", help="default: notebooks/*.ipynb")
    ap.add_argument("--update", action="store_true", default=os.environ.get("UPDATE", "") not in ("", "0"),
                    help="write executed outputs into the notebooks (also UPDATE=1)")
    ap.add_argument("--timeout", type=int, default=int(os.environ.get("NOTEBOOK_TIMEOUT", "900")),
                    help="seconds allowed per cell (default 900, or NOTEBOOK_TIMEOUT)")
    ap.add_argument("--out", default=os.path.join(ROOT, "out", "notebooks"), help="output folder")
    ap.add_argument("--execute-one", nargs=2, metavar=("NOTEBOOK", "EXECUTED"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.execute_one:
        execute_one(*args.execute_one, args.timeout)
        return 0

    paths = args.notebooks or sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
    if not paths:
        print("run-notebooks: no notebooks/*.ipynb", file=sys.stderr)
        return 1
    os.makedirs(args.out, exist_ok=True)

    env = dict(os.environ)
    env["JUPYTER_DATA_DIR"] = os.path.join(ROOT, ".jupyter")
    env.pop("JUPYTER_PATH", None)  # only the project's kernel spec
    env["PATH"] = os.pathsep.join([os.path.join(ROOT, "bin"), "/usr/local/go/bin", "/usr/bin", "/bin", env.get("PATH", "")])

    failed, times, timings = [], [], {}
    for path in paths:
        path = os.path.abspath(path)
        name = os.path.basename(path)
        stem = name[: -len(".ipynb")] if name.endswith(".ipynb") else name
        executed_path = os.path.join(args.out, stem + ".ipynb")
        html_path = os.path.join(args.out, stem + ".html")
        log_path = os.path.join(args.out, stem + ".log")
        for p in (executed_path, html_path, log_path):
            if os.path.exists(p):
                os.remove(p)

        print(f"== {name}: executing", flush=True)
        start = time.monotonic()
        rc = run([sys.executable, os.path.abspath(__file__), "--execute-one", path, executed_path,
                  "--timeout", str(args.timeout)], log_path, env)
        elapsed = time.monotonic() - start
        times.append((name, elapsed))
        if rc != 0 or not os.path.exists(executed_path):
            failed.append(name)
            print(f"FAIL {name}: nbconvert exited {rc} after {elapsed:.1f}s (a cell timed out, or the kernel died);"
                  f" end of {os.path.relpath(log_path, ROOT)}:\n{indent(tail(log_path))}", flush=True)
            continue

        with open(executed_path, encoding="utf-8") as f:
            executed = json.load(f)
        cells = cell_seconds(executed)
        timings[name] = {"wall": round(elapsed, 2), "cells": [round(t, 3) for t in cells]}
        with open(path, encoding="utf-8") as f:
            committed = json.load(f)

        html_rc = run([JUPYTER, "nbconvert", "--to", "html", "--output-dir", args.out,
                       "--output", stem + ".html", executed_path], log_path, env)

        problems = check_errors(executed)
        if problems:
            failed.append(name)
            print(f"FAIL {name}: {len(problems)} failing cell(s) ({elapsed:.1f}s); kernel log in"
                  f" {os.path.relpath(log_path, ROOT)}", flush=True)
            for p in problems:
                print(indent(p, "  "), flush=True)
            continue
        if html_rc != 0:
            failed.append(name)
            print(f"FAIL {name}: HTML rendering failed; see {os.path.relpath(log_path, ROOT)}", flush=True)
            continue

        if args.update:
            write_back(path, committed, executed)
            print(f"ok   {name}: {elapsed:.1f}s; outputs written to {os.path.relpath(path, ROOT)}", flush=True)
            continue
        diffs = compare(name, committed, executed)
        if diffs:
            failed.append(name)
            print(f"FAIL {name}: outputs differ from the committed ones ({elapsed:.1f}s);"
                  " if the change is intended, run `UPDATE=1 make notebooks` and commit the notebook", flush=True)
            for d in diffs:
                print(indent(d, "  "), flush=True)
            continue
        print(f"ok   {name}: {elapsed:.1f}s", flush=True)

    print("\nwall time per notebook, and the median and slowest of its code cells:")
    for name, t in times:
        cells = timings.get(name, {}).get("cells") or [float("nan")]
        print(f"  {t:8.1f}s  median cell {statistics.median(cells):5.2f}s  slowest {max(cells):5.2f}s  {name}")
    with open(os.path.join(args.out, "timings.json"), "w", encoding="utf-8") as f:
        json.dump(timings, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"\nnotebooks: {len(paths) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

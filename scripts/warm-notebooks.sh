#!/usr/bin/env bash
# warm-notebooks.sh: put every package the notebooks import into the Go build
# cache, compiled as the GoNB kernel will compile it.
#
# Each GoNB cell runs `go build` in the kernel's own module: a temporary
# directory whose go.mod the notebook's first cell points at this repository
# (`replace github.com/finfig/finfig => <repository>`), in the kernel's
# environment (GOCACHE, GOFLAGS as Jupyter was started with). Go's build cache
# keys a compiled package by its sources, its dependencies, the build flags
# and, for a package outside the module cache, its directory. So this builds
# one program, in a module set up the same way and pointed at this very
# repository, that imports every package named in an import of a Go cell of
# notebooks/*.ipynb; the kernel's builds then find those packages compiled
# and only compile and link the cell's own code.
#
# Run by scripts/setup-notebooks.sh. When the cache is warm it takes as long
# as one link.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="/usr/local/go/bin:${PATH}"
PYTHON="/usr/bin/python3"

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

# The notebooks' imports, one per line: every quoted path in an import
# declaration of a code cell; and their `!*go mod edit` lines.
"${PYTHON}" - "${work}" "${ROOT}"/notebooks/*.ipynb <<-'EOF'
	import json, os, re, sys
	block = re.compile(r'^import\s*\(\s*$(.*?)^\)', re.M | re.S)
	single = re.compile(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', re.M)
	quoted = re.compile(r'"([^"]+)"')
	edit = re.compile(r'^!\*(go mod edit .*)$', re.M)
	paths, edits = set(), []
	for name in sys.argv[2:]:
	    for c in json.load(open(name, encoding="utf-8"))["cells"]:
	        if c["cell_type"] != "code":
	            continue
	        src = "".join(c["source"])
	        edits += [e for e in edit.findall(src) if e not in edits]
	        paths.update(single.findall(src))
	        for b in block.findall(src):
	            paths.update(quoted.findall(b))
	with open(os.path.join(sys.argv[1], "imports.txt"), "w") as f:
	    f.write("".join(p + "\n" for p in sorted(paths)))
	with open(os.path.join(sys.argv[1], "edits.sh"), "w") as f:
	    f.write("".join(e + "\n" for e in edits))
EOF

{
	echo "package main"
	echo
	echo "import ("
	while read -r p; do
		[ -n "${p}" ] && printf '\t_ "%s"\n' "${p}"
	done < "${work}/imports.txt"
	echo ")"
	echo
	echo "func main() {}"
} > "${work}/main.go"

cd "${work}"
go mod init gonb_warm > /dev/null 2>&1
# The notebooks' own `go mod edit` lines, as GoNB runs them (bash, in the
# kernel's module, GONB_DIR the notebooks' folder), then the checksums of
# the repository and its tools (GoNB's), so that nothing needs the network.
GONB_DIR="${ROOT}/notebooks" bash -euo pipefail edits.sh
cat "${ROOT}/go.sum" "${ROOT}/tools/go.sum" > go.sum
start=${SECONDS}
go build -mod=mod -o warm .
echo "warm-notebooks: $(wc -l < imports.txt) packages compiled into the build cache in $((SECONDS - start)) s" >&2

#!/usr/bin/env bash
# open-notebook.sh: open Jupyter Notebook on notebooks/ with the GoNB kernel.
#
# Run scripts/setup-notebooks.sh first (`make notebook` does). Extra arguments
# go to `jupyter notebook`; NOTEBOOK_PORT (default 8888) and NOTEBOOK_IP
# (default 127.0.0.1) choose where it listens.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JUPYTER_DATA_DIR="${ROOT}/.jupyter"
unset JUPYTER_PATH # only the project's kernel spec
export PATH="${ROOT}/bin:/usr/local/go/bin:/usr/bin:/bin:${PATH}"

port="${NOTEBOOK_PORT:-8888}"
ip="${NOTEBOOK_IP:-127.0.0.1}"
args=(--notebook-dir="${ROOT}/notebooks" --ip="${ip}" --port="${port}" --port-retries=0)
if [ "$(id -u)" -eq 0 ]; then
	args+=(--allow-root)
fi

cat <<EOF
Opening Jupyter Notebook on ${ROOT}/notebooks
  URL:    http://${ip}:${port}/?token=...  (Jupyter prints the full URL, with its token, below)
  kernel: "Go (gonb)", the notebooks' default; for a new notebook choose New > Go (gonb)
  stop:   Control-C twice
Kernel logs (GoNB's, prefixed I/W/E) appear in this terminal.
EOF

exec /usr/bin/jupyter notebook "${args[@]}" "$@"

#!/usr/bin/env bash
# setup-notebooks.sh: install everything the GoNB notebooks need, idempotently.
#
#   1. Jupyter from Debian's packages (only those missing; apt-get update first).
#   2. The pinned tools of tools/go.mod into bin/ (gonb, goimports, gopls, ...).
#   3. The GoNB kernel spec "gonb" ("Go (gonb)") into the project-local
#      JUPYTER_DATA_DIR, .jupyter/ at the repository root, with a PATH that
#      finds bin/ (goimports, gopls) and /usr/local/go/bin (go).
#   4. The build cache warmed for the notebooks' imports
#      (scripts/warm-notebooks.sh), so that a notebook's first run does not
#      compile gonum/plot from scratch.
#
# When everything is present it installs nothing and only relinks the
# warm-up program.
#
# Debian's Jupyter runs on /usr/bin/python3; a pyenv (or any other) python3
# first on PATH must not be used, so this calls /usr/bin/jupyter explicitly.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${ROOT}/bin"
GOROOT_BIN="/usr/local/go/bin"
JUPYTER="/usr/bin/jupyter"
PYTHON="/usr/bin/python3"
export JUPYTER_DATA_DIR="${ROOT}/.jupyter"
export PATH="${BIN}:${GOROOT_BIN}:/usr/bin:/bin:${PATH}"

APT_PACKAGES=(jupyter-notebook jupyter-nbconvert python3-nbclient python3-ipykernel)

log() { printf 'setup-notebooks: %s\n' "$*" >&2; }

# --- 1. Debian packages -----------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
	if ! dpkg-query -W -f='${Status}' "${p}" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("${p}")
	fi
done
if [ "${#missing[@]}" -gt 0 ]; then
	log "installing Debian packages: ${missing[*]}"
	SUDO=()
	if [ "$(id -u)" -ne 0 ]; then
		SUDO=(sudo)
	fi
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
	# No recommends: they add pandoc and friends, which HTML export does not need.
	"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ! -x "${JUPYTER}" ]; then
	log "${JUPYTER} not found after installing ${APT_PACKAGES[*]}"
	exit 1
fi

# --- 2. Tools -----------------------------------------------------------------
"${ROOT}/scripts/build-tools.sh"

# --- 3. GoNB kernel spec ------------------------------------------------------
# Written here rather than by `gonb --install`: GoNB copies its own binary into
# the kernel directory when it runs from under /tmp (it takes that for a
# temporary build), and the spec would then point at a copy that goes stale
# when bin/gonb is rebuilt. The spec is the one `gonb --install` writes, with
# -logtostderr (GoNB's logs go to the kernel's stderr, which Jupyter shows in
# its own log, instead of files under /tmp) and a PATH that finds goimports,
# gopls and go whatever PATH Jupyter was started with (jupyter_client expands
# ${PATH} at kernel start).
KERNEL_DIR="${JUPYTER_DATA_DIR}/kernels/gonb"
mkdir -p "${KERNEL_DIR}"
"${PYTHON}" - "${KERNEL_DIR}/kernel.json" "${BIN}/gonb" "${BIN}:${GOROOT_BIN}:\${PATH}" <<-'EOF'
	import json, os, sys
	path, gonb, kernel_path = sys.argv[1:]
	spec = {
	    "argv": [gonb, "--kernel", "{connection_file}", "--logtostderr"],
	    "display_name": "Go (gonb)",
	    "env": {"PATH": kernel_path},
	    "interrupt_mode": "message",
	    "language": "go",
	}
	try:
	    with open(path) as f:
	        if json.load(f) == spec:
	            sys.exit(0)
	except (OSError, ValueError):
	    pass
	print(f"setup-notebooks: writing the GoNB kernel spec {path}", file=sys.stderr)
	with open(path + ".tmp", "w") as f:
	    json.dump(spec, f, indent=1, sort_keys=True)
	    f.write("\n")
	os.replace(path + ".tmp", path)
EOF

# The spec Jupyter will use for "gonb" must be ours (not one under ~/.local).
found="$("${PYTHON}" -c 'from jupyter_client.kernelspec import KernelSpecManager as M; print(M().find_kernel_specs().get("gonb", ""))')"
if [ "${found}" != "${KERNEL_DIR}" ]; then
	log "Jupyter finds the gonb kernel at '${found}', not at ${KERNEL_DIR} (is JUPYTER_PATH set?)"
	exit 1
fi

# --- 4. The build cache ---------------------------------------------------------
"${ROOT}/scripts/warm-notebooks.sh"

#!/usr/bin/env bash
# setup-notebooks.sh: install everything the GoNB notebooks need, idempotently.
#
#   1. Jupyter from Debian's packages (only those missing; apt-get update first).
#   2. The pinned tools of tools/go.mod into bin/ (gonb, goimports, gopls, ...).
#   3. The GoNB kernel spec "gonb" ("Go (gonb)") into the project-local
#      JUPYTER_DATA_DIR, .jupyter/ at the repository root, with a PATH that
#      finds bin/ (goimports, gopls) and /usr/local/go/bin (go).
#
# When everything is present it does no install and takes about a second.
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
KERNEL_DIR="${JUPYTER_DATA_DIR}/kernels/gonb"
KERNEL_JSON="${KERNEL_DIR}/kernel.json"
KERNEL_PATH="${BIN}:${GOROOT_BIN}:\${PATH}" # ${PATH} is expanded by jupyter_client at kernel start.

kernel_spec_ok() {
	[ -f "${KERNEL_JSON}" ] && "${PYTHON}" - "${KERNEL_JSON}" "${BIN}/gonb" "${KERNEL_PATH}" <<-'EOF'
		import json, sys
		spec = json.load(open(sys.argv[1]))
		ok = spec.get("argv", [None])[0] == sys.argv[2] and spec.get("env", {}).get("PATH") == sys.argv[3]
		sys.exit(0 if ok else 1)
	EOF
}

if ! kernel_spec_ok; then
	log "installing the GoNB kernel spec into ${KERNEL_DIR}"
	# -logtostderr: GoNB's (klog) logs go to the kernel's stderr, which Jupyter
	# shows in its own log, instead of files under /tmp.
	"${BIN}/gonb" --install --logtostderr
	# GoNB writes an empty "env"; give the kernel a PATH with goimports, gopls
	# and go whatever PATH Jupyter was started with.
	"${PYTHON}" - "${KERNEL_JSON}" "${KERNEL_PATH}" <<-'EOF'
		import json, sys
		path, kernel_path = sys.argv[1], sys.argv[2]
		spec = json.load(open(path))
		spec.setdefault("env", {})["PATH"] = kernel_path
		with open(path, "w") as f:
		    json.dump(spec, f, indent=1, sort_keys=True)
		    f.write("\n")
	EOF
	kernel_spec_ok || {
		log "kernel spec ${KERNEL_JSON} is not as expected"
		exit 1
	}
fi

# The spec Jupyter will use for "gonb" must be ours (not one under ~/.local).
found="$("${PYTHON}" -c 'from jupyter_client.kernelspec import KernelSpecManager as M; print(M().find_kernel_specs().get("gonb", ""))')"
if [ "${found}" != "${KERNEL_DIR}" ]; then
	log "Jupyter finds the gonb kernel at '${found}', not at ${KERNEL_DIR} (is JUPYTER_PATH set?)"
	exit 1
fi

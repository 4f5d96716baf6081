#!/usr/bin/env bash
# build-tools.sh: build the pinned developer tools of tools/go.mod into bin/.
#
# The tools module (tools/go.mod, module github.com/finfig/finfig/tools) holds
# one `tool` directive per program: gonb, goimports, gopls and staticcheck.
# Adding a tool there (`cd tools && go get -tool pkg@vX.Y.Z`) is enough for it
# to be built here. Go's build cache makes a rebuild of up-to-date tools take
# about a second, so this always runs `go build` and lets Go decide what is
# out of date (a changed tools/go.mod, a new Go toolchain).
#
# GOWORK=off: the tools module is separate from the root module, and no
# go.work may exist at the root (it would change the library's build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="/usr/local/go/bin:${PATH}"

mkdir -p "${ROOT}/bin"
GOWORK=off go -C "${ROOT}/tools" build -o "${ROOT}/bin/" tool

# Each tool's binary is named after the last element of its import path.
for t in $(GOWORK=off go -C "${ROOT}/tools" list tool | awk -F/ '{print $NF}'); do
	if [ ! -x "${ROOT}/bin/${t}" ]; then
		echo "build-tools: ${ROOT}/bin/${t} missing after build" >&2
		exit 1
	fi
done

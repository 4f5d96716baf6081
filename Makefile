# finfig: developer commands. `make help` lists the targets.
#
# Sections: Go library and command | Tools | Notebooks.
# Everything a target needs is installed by the project's own scripts/, so the
# same targets work on a fresh machine.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Debian's Jupyter runs on /usr/bin/python3, whatever python3 is first on PATH.
PYTHON := /usr/bin/python3

.PHONY: help
help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# ---------------------------------------------------------------------------
# Go library and command
# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# Tools (tools/go.mod: gonb, goimports, gopls, staticcheck -> bin/)
# ---------------------------------------------------------------------------

.PHONY: tools
tools: ## build the pinned tools of tools/go.mod into bin/
	scripts/build-tools.sh

# ---------------------------------------------------------------------------
# Notebooks (GoNB notebooks under notebooks/; outputs in out/notebooks/)
# ---------------------------------------------------------------------------

.PHONY: notebooks-setup notebook notebooks
notebooks-setup: ## install Jupyter (Debian), the tools and the GoNB kernel spec into .jupyter/
	scripts/setup-notebooks.sh

notebook: notebooks-setup ## open Jupyter Notebook on notebooks/ (kernel "Go (gonb)")
	scripts/open-notebook.sh

notebooks: notebooks-setup ## execute notebooks/*.ipynb headless and compare outputs (UPDATE=1 stores them)
	$(PYTHON) scripts/run-notebooks.py $(if $(filter-out 0,$(UPDATE)),--update)

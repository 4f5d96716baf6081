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

GO ?= go
# Each fuzz target runs this many inputs in `make test` (a count, not a time,
# so a loaded machine cannot time it out); longer runs: make fuzz FUZZTIME=10m.
FUZZTIME ?= 300x

.PHONY: check build test lint gotest fuzz bench
check: ## the main job: check every claim of the five articles (finfig check)
	$(GO) run ./cmd/finfig check

build: ## build the finfig command into bin/
	$(GO) build -o bin/ ./cmd/finfig

test: lint gotest fuzz notebooks ## every test: lint, go test -race, the fuzz targets briefly, the notebooks

lint: tools ## gofmt, go vet and staticcheck
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^tools/')); \
	if [ -n "$$unformatted" ]; then echo "not gofmt-ed: $$unformatted" >&2; exit 1; fi
	$(GO) vet ./...
	bin/staticcheck ./...

gotest: ## go test -race over every package
	$(GO) test -race -count=1 ./...

fuzz: ## run every fuzz target for FUZZTIME each
	@mkdir -p out; for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$f ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg > out/fuzz.log 2>&1 || { cat out/fuzz.log; exit 1; }; \
	  done; \
	done

bench: ## the Go benchmarks of every package
	$(GO) test -run '^$$' -bench . -benchmem ./...


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

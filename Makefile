# Two commands for a new user: `make run` builds datapackage/ from the bundled article, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run install test lint format ui eval bench validate lock clean

run: $(STAMP)
	$(BIN)/python -m pipeline build

install: $(STAMP)

# Installs exactly the versions in requirements.lock (with hashes), then the project itself.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==0.13.9"
	$(BIN)/uv pip install --quiet --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/ruff format --check pipeline tests

format: $(STAMP)
	$(BIN)/ruff format pipeline tests
	$(BIN)/ruff check --fix pipeline tests

# The Dagster UI on http://127.0.0.1:3000 with the asset graph, checks, sensors and runs.
ui: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

# Precision, recall and F1 per table on tests/gold/ and on ../shared/benchmarks/polnear-dev when present.
eval: $(STAMP)
	$(BIN)/python -m pipeline eval

# Every row of every resource of datapackage/, CSV and Parquet, against its schema and keys.
validate: $(STAMP)
	$(BIN)/frictionless validate datapackage/datapackage.json

# Speed and memory of a 10,000-article build next to the targets; takes several minutes.
# A quick look: make bench BENCH_ARGS="--articles 500 --runs 1"
bench: $(STAMP)
	$(BIN)/python -m pipeline.bench $(BENCH_ARGS)

# Regenerate requirements.lock after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra bench --python-version 3.11 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .dagster_home

# Two commands for a new user: `make run` builds datapackage/ from the bundled article, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

.PHONY: run install install-dev test test-tools lint format ui eval bench validate lock clean

# The committed datapackage/ is dated by this moment, not by the build (reproducible builds:
# a fresh `make run` gives the same bytes); without it `created` is the time of the build.
# 2022-11-08T00:00:00Z, the day the bundled article was published.
BUNDLED_SOURCE_DATE_EPOCH := 1667865600

# No commit id in the provenance: the committed datapackage/ cannot name the commit holding it.
run: $(STAMP)
	SOURCE_DATE_EPOCH=$(BUNDLED_SOURCE_DATE_EPOCH) $(BIN)/python -m pipeline build --no-git-commit

install: $(STAMP)

# Installs exactly the versions in requirements.lock (with hashes): what the pipeline needs
# to run, nothing for tests or benchmarks; then the project itself. Bytecode is compiled at
# install: uv leaves it to the first import, and where PYTHONDONTWRITEBYTECODE is set (CI,
# Docker images) every build would compile pandas and pyarrow again (4.0 s to import, 1.7 s).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv==0.13.9"
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python --require-hashes -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(STAMP)

install-dev: $(DEV_STAMP)

# Adds the test and benchmark tools (pytest, ruff, DuckDB, polars, spaCy), at the versions of
# requirements-dev.lock, which pins the runtime packages to the same versions.
$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python --require-hashes -r requirements-dev.lock
	touch $(DEV_STAMP)

test: $(DEV_STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/python -m pytest

# The programs some tests drive (LibreOffice, Chromium, R) from Debian's packages; as root.
test-tools:
	.ci/system-packages

lint: $(DEV_STAMP)
	$(BIN)/ruff check pipeline tests
	$(BIN)/ruff format --check pipeline tests

format: $(DEV_STAMP)
	$(BIN)/ruff format pipeline tests
	$(BIN)/ruff check --fix pipeline tests

# The Dagster UI on http://127.0.0.1:3000 with the asset graph, checks, sensors and runs.
ui: $(STAMP)
	mkdir -p $(DAGSTER_HOME)
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

# Precision, recall and F1 per table on tests/realworld/ (texts present), tests/gold/ and
# ../shared/benchmarks/polnear-dev when present; writes pipeline/evaluation/accuracy.json,
# which every data card quotes.
eval: $(STAMP)
	$(BIN)/python -m pipeline eval

# Every row of every resource of datapackage/, CSV and Parquet, against its schema and keys.
validate: $(STAMP)
	$(BIN)/frictionless validate datapackage/datapackage.json

# Speed and memory of a 10,000-article build next to the targets; takes several minutes.
# A quick look: make bench BENCH_ARGS="--articles 500 --runs 1 --large 0"
bench: $(DEV_STAMP)
	$(BIN)/python -m pipeline.bench $(BENCH_ARGS)

# Regenerate both lock files after changing dependencies in pyproject.toml: the runtime one
# is resolved within the development one, so the two never disagree on a version.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra bench --python-version 3.11 --generate-hashes -o requirements-dev.lock
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes -c requirements-dev.lock -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .dagster_home

# Two commands: `make run` (the ingest flow on seeds/) and `make test` (pytest).
# Both create .venv when missing and install the project with pinned constraints.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean-data

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test,bench,dask,s3]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsfacts run

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks.extraction
	$(BIN)/python -m benchmarks.facts
	$(BIN)/python -m benchmarks.warehouse
	$(BIN)/python -m benchmarks.pipeline

clean-data:
	rm -rf data

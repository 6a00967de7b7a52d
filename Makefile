# ClauseDiff developer commands. `make help` lists them all.
# Everything runs from a project-local virtual environment (.venv) that the first target creates.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
QM_DIR := resources/translations
TS     := $(wildcard $(QM_DIR)/*.ts)
QM     := $(TS:.ts=.qm)

.DEFAULT_GOAL := help
.PHONY: help venv run test test-core lint format bench translations screenshot dist dist-check clean

help: ## List every target
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv and install ClauseDiff with its development tools

$(QM_DIR)/%.qm: $(QM_DIR)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM) ## Build the Qt translation files (.qm) from resources/translations/*.ts

run: $(STAMP) translations ## Open the app on the bundled sample contracts
	$(PY) -m clausediff --demo

test: $(STAMP) translations ## Run the whole test suite (GUI tests offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-core: $(STAMP) ## Run the tests that need no Qt widgets
	$(PY) -m pytest -m "not gui"

lint: $(STAMP) ## ruff check, ruff format --check, mypy
	$(VENV)/bin/ruff check clausediff tests bench
	$(VENV)/bin/ruff format --check clausediff tests bench
	$(VENV)/bin/mypy

format: $(STAMP) ## Reformat the code with ruff
	$(VENV)/bin/ruff format clausediff tests bench
	$(VENV)/bin/ruff check --fix clausediff tests bench

bench: $(STAMP) ## Print quality and speed figures (segmentation, alignment, terms, speed)
	@for script in bench/score_*.py bench/speed_*.py; do \
		[ -f "$$script" ] || continue; echo "== $$script"; $(PY) $$script || exit 1; done

clean: ## Remove the virtual environment, build outputs and caches
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM_DIR)/*.qm

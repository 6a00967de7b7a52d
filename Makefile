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
.PHONY: help venv run test test-core lint format bench translations screenshot wheel dist dist-check clean

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

screenshot: $(STAMP) translations ## Regenerate docs/*.png: the comparison, the variants and (1366x768, French) the welcome screen, three versions, the comparison, a file dialog and a refusal
	QT_QPA_PLATFORM=offscreen $(PY) docs/screenshot.py
	QT_QPA_PLATFORM=offscreen $(PY) -m clausediff.gui.variants.screenshot \
		resources/samples/bibliotheque-limitation-responsabilite.txt docs/variants.png
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m clausediff.gui.variants.screenshot \
		resources/samples/bibliotheque-limitation-responsabilite.txt docs/variants-laptop.png \
		--size screen
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) -m clausediff.gui.variants.screenshot \
		resources/samples/bibliotheque-limitation-responsabilite.txt \
		docs/variants-laptop-differences.png --size screen --tab 0
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/welcome_screenshot.py --lang fr
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/versions_screenshot.py --lang fr
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) docs/dialogs_screenshot.py --lang fr

test: $(STAMP) translations ## Run the whole test suite (GUI tests offscreen)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test-core: $(STAMP) ## Run the tests that need no Qt widgets
	$(PY) -m pytest -m "not gui"

# The docs/ scripts import each other by name (`from laptop import ...`), so mypy is given docs/
# as their search path and checks them apart from the package.
lint: $(STAMP) ## ruff check, ruff format --check, mypy (the package, bench/ and docs/*.py)
	$(VENV)/bin/ruff check clausediff tests bench docs
	$(VENV)/bin/ruff format --check clausediff tests bench docs
	$(VENV)/bin/mypy
	MYPYPATH=docs $(VENV)/bin/mypy --strict docs/*.py

format: $(STAMP) ## Reformat the code with ruff
	$(VENV)/bin/ruff format clausediff tests bench docs
	$(VENV)/bin/ruff check --fix clausediff tests bench docs

bench: $(STAMP) ## Print quality and speed figures (segmentation, alignment, terms, speed)
	@for script in bench/score_*.py bench/speed_*.py; do \
		[ -f "$$script" ] || continue; echo "== $$script"; $(PY) $$script || exit 1; done

# --- packaging (packaging/README.md) -------------------------------------------------------------
# Debian packages: PyInstaller needs binutils; the Qt xcb libraries are bundled when present, so
# install them before building. The checks need an X server, xdotool and the desktop validators.
DEB_BUILD := binutils libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 \
	libxcb-xkb1 libxkbcommon-x11-0
DEB_CHECK := xvfb xauth xdotool x11-utils desktop-file-utils appstream libxml2-utils \
	shared-mime-info
BUNDLE    := dist/ClauseDiff

wheel: $(STAMP) translations ## Build the wheel and sdist into dist/ (compiled translations included)
	rm -f dist/clausediff-*.whl dist/clausediff-*.tar.gz
	$(PY) -m build --quiet --outdir dist .
	@ls -l dist/clausediff-*.whl dist/clausediff-*.tar.gz

dist: $(STAMP) translations ## Build the one-folder app bundle dist/ClauseDiff with PyInstaller
	@sh packaging/ensure-debian-packages.sh $(DEB_BUILD)
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet $$($(PY) -c \
		"import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['dist'])")
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/clausediff.spec
	@du -sh $(BUNDLE)

dist-check: wheel ## Check bundle (built if missing), wheel in a fresh venv, desktop files
	@test -x $(BUNDLE)/clausediff || $(MAKE) --no-print-directory dist
	@sh packaging/ensure-debian-packages.sh $(DEB_CHECK)
	$(PY) packaging/dist_check.py all

clean: ## Remove the virtual environment, build outputs and caches
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM_DIR)/*.qm

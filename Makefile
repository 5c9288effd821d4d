# Quick start: `make run` starts the app, `make test` runs the tests.
# Each builds its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-core bench packs bundle clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Kiosk needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.app-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.app-installed

# The sample packs are built from content_packs/ and installed on first run.
packs: $(VENV)/.app-installed
	$(BIN)/python content_packs/build_all.py

run: $(VENV)/.app-installed packs
	$(BIN)/kiosk app

test: $(VENV)/.test-installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-core: $(VENV)/.test-installed
	$(BIN)/python -m pytest -m "not gui" $(PYTEST_ARGS)

bench: $(VENV)/.test-installed
	$(BIN)/python benchmarks/run_all.py

# A one-folder bundle that runs without Python (dist/kiosk/); prints its size.
bundle: $(VENV)/.app-installed packs
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm build.spec
	du -sh dist/kiosk

clean:
	rm -rf $(VENV) build dist *.egg-info

# Developer entry points. On a fresh machine with Python 3.11+ and make:
#   make run    sets up .venv and starts the program
#   make test   sets up and runs the whole suite headless
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench screenshots deb deb-smoke system-deps system-deps-gui clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh test

system-deps-gui:
	bash scripts/system-deps.sh gui

run: $(STAMP)
	bash scripts/system-deps.sh run
	$(PY) -m govinfo_desktop

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

test: $(STAMP) system-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(STAMP) system-deps-gui
	bash scripts/screenshots.sh

# .deb for UOS/Kylin (glibc >= 2.28); needs root for build deps and the Debian 11 test root.
deb:
	bash packaging/linux/build-deb.sh

deb-smoke: deb
	bash packaging/linux/deb-smoke.sh

clean:
	rm -rf $(VENV) screenshots bench/out .pytest_cache .ruff_cache

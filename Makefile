# Developer entry points. On a fresh machine with Python 3.11+ and make:
#   make run    sets up .venv and starts the program
#   make test   sets up and runs the whole suite headless
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test fuzz lint bench screenshots package-deb system-deps system-deps-gui clean

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
	$(PY) -m devtools.run

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: $(STAMP) system-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Longer fuzzing of damaged inputs (issue 10): 10 minutes, a new seed each run (printed on failure).
fuzz: $(STAMP)
	FUZZ_SECONDS=$${FUZZ_SECONDS:-600} FUZZ_SEED=$${FUZZ_SEED:-$$(date +%s)} \
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -m fuzz

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(STAMP) system-deps-gui
	bash scripts/screenshots.sh

package-deb: $(STAMP)
	bash packaging/linux/build-deb.sh

clean:
	rm -rf $(VENV) screenshots bench/out .pytest_cache .ruff_cache

# Developer entry points. On a fresh machine with Python 3.11+ and make:
#   make run    sets up .venv and starts the program
#   make test   sets up and runs the whole suite headless
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test fuzz lint bench screenshots guide-images deb deb-smoke system-deps system-deps-gui clean

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

# the same, then the user guide's pictures (resources/guide/img) refreshed from them
guide-images: $(STAMP) system-deps-gui
	GUIDE_IMAGES=1 bash scripts/screenshots.sh

# .deb for UOS/Kylin (glibc >= 2.28); needs root for build deps and the Debian 11 test root.
deb:
	bash packaging/linux/build-deb.sh

deb-smoke: deb
	bash packaging/linux/deb-smoke.sh

clean:
	rm -rf $(VENV) screenshots bench/out .pytest_cache .ruff_cache

# ---- Windows installer (packaging/windows/README.md) --------------------------------------------
.PHONY: windows-installer windows-smoke

windows-installer:
	PYTHON=$(PYTHON) bash packaging/windows/build.sh

windows-smoke: windows-installer
	bash packaging/windows/build-deps.sh smoke
	$(PYTHON) packaging/windows/smoke.py \
	    dist/GovInfoDesktop-$$($(PYTHON) packaging/windows/stage.py --print-version)-setup.exe

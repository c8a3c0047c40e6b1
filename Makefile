# Everything a newcomer types. `make` alone lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
# Procfile commands (python, gunicorn) must find the project's environment.
export PATH := $(abspath $(BIN)):$(PATH)

.DEFAULT_GOAL := help
.PHONY: help install run test lint format bench check-python

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null || { \
		echo "Python 3.12 or newer is needed, '$(PYTHON)' is $$($(PYTHON) --version 2>&1): install one (e.g. 'pyenv install 3.12') and run make again."; \
		exit 1; }

$(BIN)/.installed: pyproject.toml uv.lock
	@$(MAKE) --no-print-directory check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv>=0.6,<1"
	$(BIN)/uv sync --locked --inexact --all-groups --python $(BIN)/python
	touch $@

install: $(BIN)/.installed ## Create .venv with everything needed to run and test

run: install ## Serve the demo site and its worker on http://127.0.0.1:8000 (PORT=...)
	DEBUG=1 $(BIN)/python manage.py migrate --no-input
	DEBUG=1 $(BIN)/python manage.py load_demo_content --staff-login
	DEBUG=1 $(BIN)/honcho start -f Procfile.dev

test: install ## Run the whole test suite (browser tests too when Chromium is present)
	$(BIN)/pytest

lint: install ## Check style and formatting with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Fix what ruff can fix and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install ## Measure page speed (arrives with the page-cache issue)
	@echo "Not yet: the benchmark arrives with the cached-pages issue."

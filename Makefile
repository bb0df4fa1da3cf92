# Set-up is part of every target: a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test eval eval-dev bench clean-outputs

# pip's own chatter goes to a log that is shown only when the install fails.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "setting up $(VENV) (log: $(VENV)/install.log)"
	@{ $(BIN)/python -m pip install --disable-pip-version-check --upgrade pip && \
	   $(BIN)/python -m pip install --disable-pip-version-check -e '.[test]'; } > $(VENV)/install.log 2>&1 \
	  || { cat $(VENV)/install.log; echo "set-up failed"; exit 1; }
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/pipeline run

test: $(STAMP)
	@sh scripts/install-chromium.sh
	$(BIN)/python -m pytest

# Held-out sets (rules are not written against them) and the development set
# (rules may be tuned on it), scored separately.
# The two held-out cleaning sets are scored as one.
eval: $(STAMP)
	$(BIN)/pipeline eval evaluation/cleaning evaluation/heldout2/cleaning --section cleaning
	$(BIN)/pipeline eval evaluation/annotation --section annotation

eval-dev: $(STAMP)
	$(BIN)/pipeline eval evaluation/dev
	$(BIN)/pipeline eval evaluation/dev2 evaluation/dev3 evaluation/dev4 evaluation/dev5 --section cleaning

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean-outputs:
	rm -rf clean/*.jsonl annotations/*.jsonl

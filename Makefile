# Two commands set everything up on a fresh machine with Python 3:
#   make site   install, then build site/public and site/staff from the bundled offers
#   make test   install, then run every test
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: site test serve validate bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

site: $(STAMP)
	$(BIN)/phb build

test: $(STAMP)
	$(BIN)/pytest

serve: $(STAMP)
	$(BIN)/phb serve

validate: $(STAMP)
	$(BIN)/phb validate

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf site bench/corpus

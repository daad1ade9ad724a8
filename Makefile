# Two commands set everything up on a fresh machine with Python 3 and Node:
#   make site   install (Python packages, Pango, HarfBuzz's subset library and a font for the PDFs), then build site/public and site/staff
#   make test   install (Python packages, Node tools, Debian's Chromium), then lint, run every test,
#               and check every page of the bundled sites (as CI publishes them, on today's date)
#   make test-fast  the tests without a browser and without the slow builds, on both cores: for editing
#   make lint   ruff, mypy --strict and the import contracts
#   make check  install, then check every page of both sites (reports in site/reports/)
#   make ci     what every pull request runs (.github/workflows/pull-request.yml): validate, check, test-suite (lint and the tests)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)
CHROMIUM := /usr/bin/chromium
# WeasyPrint (the offer PDFs) needs Pango from Debian, a font with Arial's shapes and widths, and
# HarfBuzz's subset library to put only the letters used in each PDF (without it, WeasyPrint warns
# and falls back to fontTools, which is slower and makes larger files). One file of each package
# marks it installed, so make installs whichever is missing (CI's machines already have some).
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation
PDF_LIBS := /usr/share/doc/libpangoft2-1.0-0/copyright /usr/share/doc/libharfbuzz-subset0/copyright /usr/share/fonts/truetype/liberation
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# The browser checks use Debian's Chromium; nothing may download a browser.
export PUPPETEER_SKIP_DOWNLOAD := 1
export PUPPETEER_SKIP_CHROMIUM_DOWNLOAD := 1

.PHONY: site test test-suite test-fast test-clock-ahead lint check serve validate ci bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $@

$(CHROMIUM):
	$(SUDO) apt-get install -y --no-install-recommends chromium || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium)

$(PDF_LIBS):
	$(SUDO) apt-get install -y --no-install-recommends $(PDF_PACKAGES) || ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends $(PDF_PACKAGES))

$(NODE_STAMP): package.json package-lock.json | $(CHROMIUM)
	npm ci --no-audit --no-fund
	rm -f node_modules/.installed-* && touch $@

site: $(STAMP) | $(PDF_LIBS)
	$(BIN)/phb build

test: $(STAMP) $(NODE_STAMP) | $(PDF_LIBS)
	$(MAKE) test-suite
	$(BIN)/phb check

# Lint and every test, without the check of the bundled sites (pull requests run that as a step of its own).
test-suite: $(STAMP) $(NODE_STAMP) | $(PDF_LIBS)
	$(MAKE) lint
	$(BIN)/pytest -n 2

test-fast: $(STAMP) | $(PDF_LIBS)
	$(BIN)/pytest -n 2 -m "not browser and not slow"

# The fast tier with the clock a year ahead: no test may depend on the day it runs.
test-clock-ahead: $(STAMP) | $(PDF_LIBS)
	PHB_TEST_CLOCK=$$(date -d '+1 year' +%F) $(BIN)/pytest -n 2 -m "not browser and not slow"

lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/mypy generator
	$(BIN)/lint-imports --no-cache

check: $(STAMP) $(NODE_STAMP) | $(PDF_LIBS)
	$(BIN)/phb check

serve: $(STAMP) | $(PDF_LIBS)
	$(BIN)/phb serve

validate: $(STAMP)
	$(BIN)/phb validate

# The pull request workflow runs these three, in this order; the first to fail stops the rest.
ci:
	$(MAKE) validate
	$(MAKE) check
	$(MAKE) test-suite

bench: $(STAMP) $(NODE_STAMP) | $(PDF_LIBS)
	$(BIN)/python bench/run.py

clean:
	rm -rf site bench/corpus .phb-cache

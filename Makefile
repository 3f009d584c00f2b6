# trustsite: build, test and audit.
#
#   make test    everything CI runs (.ci/run calls exactly this)
#   make site    build the example site in the repo root into site/
#   make audit   audit an already built site/ (HTML validity, accessibility, browser checks)
#
# A fresh machine has only Swift, gcc and python3/pip, so every target installs
# what it needs itself; on a machine that already has it all, each step is a no-op.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-print-directory

SITE_DIR    := site
VENV        := .venv
VENV_PY     := $(VENV)/bin/python
VENV_STAMP  := $(VENV)/.requirements-installed
AUDIT_DIR   := Tests/audit
AUDIT_REQS  := $(AUDIT_DIR)/requirements.txt
SWIFT_SRC   := Sources Tests Plugins Package.swift

# Packages needed to compile (the CCmarkGFM, CVips and CQPDF system libraries) and to run the audit.
# libvips-dev and libqpdf-dev add 127 packages, 62.5 MB to download and about 205 MB installed
# (Debian 12; about 90 s on a busy 2-core machine): libvips pulls in its image codecs.
BUILD_PKGS  := libcmark-gfm-dev libcmark-gfm-extensions-dev libvips-dev libqpdf-dev
# fonts-liberation: Chromium is installed without recommends, so give it real fonts;
# text metrics (overflow, contrast) must not depend on whatever fallback font exists.
TEST_PKGS   := chromium chromium-driver fonts-liberation

# Use sudo only when we are not root and sudo exists.
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || { command -v sudo >/dev/null 2>&1 && echo sudo; } || true)

# Shell snippet: install the Debian packages named in $$want that are not installed yet.
# Quiet on success; prints apt's log if it fails. apt-get update runs only if something is missing.
define APT_ENSURE
missing=""; \
for p in $$want; do \
  dpkg -s "$$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  echo "apt: installing$$missing"; \
  log=$$(mktemp); \
  if ! { $(SUDO) apt-get update -qq && \
         $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
       } >"$$log" 2>&1; then \
    cat "$$log"; rm -f "$$log"; echo "apt: install failed" >&2; exit 1; \
  fi; \
  rm -f "$$log"; \
fi
endef

.PHONY: deps test-deps build site examples venv test audit audit-selftest live-reload lint format clean distclean rules-table bench bench-scale
.PHONY: incremental-check mutation-check fuzz reliability kill-test limits scaling determinism load-test hostile-browser preview-attack

# deps: the C libraries the modules link against: cmark-gfm + GFM extensions (Markdown),
# libvips (images) and qpdf (PDF documents).
deps:
	@want="$(BUILD_PKGS)"; $(APT_ENSURE)

# test-deps: the browser and driver for the audit, Java for the Nu HTML Checker
# (only if no java is on PATH), and python3-venv only if `python3 -m venv` cannot work.
test-deps:
	@want="$(TEST_PKGS)"; \
	command -v java >/dev/null 2>&1 || want="$$want default-jre-headless"; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || want="$$want python3-venv"; \
	$(APT_ENSURE)

# build: the release binary used to build the site.
build: deps
	swift build -c release --product trustsite

# site: the repo root is the example site (trustsite.yml + content/); writes site/.
# The example Trust is written as of EXAMPLE_TODAY; staleness is judged against that date so
# the example builds the same way on any day (make site EXAMPLE_TODAY=YYYY-MM-DD to move it).
# SITE_FLAGS adds build options: make test builds with --pdf (Chromium is a test package), so the
# audit covers the pages that link the printed plan and report.
EXAMPLE_TODAY ?= 2026-11-22
SITE_FLAGS ?=
site: deps build
	.build/release/trustsite build --today $(EXAMPLE_TODAY) $(SITE_FLAGS)

# examples: the second example Trust (examples/northmoor: a two-tier county writing its 2008 to 2011
# plan the other way: themes, National Indicators, a Board in layers) is built as of its own
# today, must check with no errors, and is audited and browser-checked like the first.
NORTHMOOR       := examples/northmoor
NORTHMOOR_TODAY := 2010-10-15
examples: deps build test-deps venv
	.build/release/trustsite build --site $(NORTHMOOR) --today $(NORTHMOOR_TODAY)
	$(VENV_PY) $(AUDIT_DIR)/audit.py $(NORTHMOOR)/site/
	python3 scripts/parse_outputs.py $(NORTHMOOR)/site/
	$(VENV_PY) $(AUDIT_DIR)/offer_filter.py $(NORTHMOOR)/site/
	$(VENV_PY) $(AUDIT_DIR)/search_check.py $(NORTHMOOR)/site/ "teenage pregnancy" /plan/priorities/p2-healthy-lives/

# venv: Python tools for the audit. Re-created only when requirements.txt changes.
venv: $(VENV_STAMP)

# requirements.txt pins the full dependency set, so install with --no-deps: this keeps
# axe-playwright-python from pulling in playwright (we only use its bundled axe.min.js).
$(VENV_STAMP): $(AUDIT_REQS)
	@echo "venv: creating $(VENV)/"
	@rm -rf $(VENV)
	@python3 -m venv $(VENV)
	@$(VENV_PY) -m pip install -q --disable-pip-version-check --no-deps -r $(AUDIT_REQS)
	@touch $@

# test: what CI runs. Unit/end-to-end Swift tests, then a self-test proving the audit
# can fail, then the real site is built and audited.
test: deps test-deps venv
	$(MAKE) lint
	swift test --skip TrustsitePreviewTests
	@# The preview server's time limits are tested in a process of their own: on 2 cores the
	@# suites above keep Swift's cooperative threads busy for minutes, and a server's timer that
	@# cannot run says nothing about the server.
	swift test --skip-build --filter TrustsitePreviewTests
	$(MAKE) audit-selftest
	$(MAKE) site SITE_FLAGS=--pdf
	$(MAKE) audit
	python3 scripts/parse_outputs.py $(SITE_DIR)/
	$(VENV_PY) $(AUDIT_DIR)/offer_filter.py $(SITE_DIR)/
	$(VENV_PY) $(AUDIT_DIR)/search_check.py $(SITE_DIR)/
	$(MAKE) examples
	$(MAKE) incremental-check
	$(MAKE) mutation-check
	$(MAKE) live-reload
	$(MAKE) hostile-browser

# incremental-check: after an edit to each Markdown file of the example, a rebuild through the
# build cache must equal a clean build, file by file.
incremental-check: deps build
	bash scripts/incremental-check.sh

# mutation-check: realistic defects seeded into copies of the example, each of which `trustsite check`
# must report by the right rule at the right file and line, and harmless edits that must give no
# finding at all (scripts/mutation_cases.py; README: Checks). About 30 seconds on 2 cores.
mutation-check: deps build
	python3 scripts/mutation_check.py --binary .build/release/trustsite --today $(EXAMPLE_TODAY)

# live-reload: `trustsite serve` in headless Chromium: an open page must reload by itself
# after an edit. Prints the time from save to reloaded page (LIVE_RELOAD_EDITS edits).
LIVE_RELOAD_EDITS ?= 5
live-reload: test-deps venv build
	$(VENV_PY) $(AUDIT_DIR)/live_reload.py --binary .build/release/trustsite --site . --edits $(LIVE_RELOAD_EDITS)

# audit: audit the already built site/ (run `make site` first).
audit: test-deps venv
	@test -d $(SITE_DIR) || { echo "audit: no $(SITE_DIR)/ (run 'make site' first)" >&2; exit 1; }
	$(VENV_PY) $(AUDIT_DIR)/audit.py $(SITE_DIR)/

# audit-selftest: the audit must pass the good fixture and fail the broken one
# with the expected rule ids; otherwise a green audit proves nothing.
audit-selftest: test-deps venv
	PYTHON=$(VENV_PY) bash $(AUDIT_DIR)/selftest.sh

# lint: formatting check with the toolchain's swift-format (config: .swift-format).
# The rules are swift-argument-parser's (no force unwraps or try! outside tests, ordered imports, ...)
# with this project's indentation and line length; Tests/.swift-format allows force unwraps in tests.
# Warnings are errors for the project's own targets (Package.swift), so `swift test` is that gate.
lint:
	swift format lint --strict --recursive $(SWIFT_SRC)

# format: rewrite sources in place to match .swift-format.
format:
	swift format --in-place --recursive $(SWIFT_SRC)

# clean: build outputs and the generated site.
clean:
	rm -rf .build $(SITE_DIR) .site-cache .site.spare .site.lock $(NORTHMOOR)/site $(NORTHMOOR)/.site-cache

# distclean: also the audit's Python environment.
distclean: clean
	rm -rf $(VENV)

# rules-table: rewrite the README's rule table from the rules themselves.
rules-table: build
	python3 -c 'import re,subprocess,sys; t=subprocess.run([".build/release/trustsite","check","--list-rules"],capture_output=True,text=True,check=True).stdout; r=open("README.md").read(); open("README.md","w").write(re.sub(r"<!-- rules:start -->.*?<!-- rules:end -->", lambda m: "<!-- rules:start -->\n"+t+"<!-- rules:end -->", r, flags=re.S))'

# bench: time trustsite against Hugo and a floor (cmark-gfm plus writing the files) on two corpus
# shapes at 100/1,000/10,000 pages (bench/README.md).
bench: deps
	bash bench/run.sh

# bench-scale: trustsite's full build at 1,000 to 16,000 pages: time a page must stay flat within 1.5x.
bench-scale: deps
	bash bench/run.sh scale

# fuzz: libFuzzer over the loaders and Markdown rendering for FUZZ_SECONDS (README: Reliability).
# Not part of `make test`. Work files (corpus, crashes) stay in .build-fuzz/.
FUZZ_SECONDS ?= 300
FUZZ_JOBS ?= 1
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) bash scripts/fuzz.sh

# hostile-browser: builds the hostile-content fixture and loads every page in headless Chromium;
# no injected script may run. Then the sweep: every value of a site, filled in turn with each
# hostile string (grapheme variants included), built and loaded the same way, and every XML and
# JSON output parsed (part of `make test`; about 4 minutes). HOSTILE_SWEEP_ARGS=--full runs
# every string in the constrained series too; --only NAME runs some strings.
HOSTILE_SWEEP_ARGS ?=
hostile-browser: test-deps venv build
	$(VENV_PY) scripts/hostile_browser.py --binary .build/release/trustsite
	$(VENV_PY) scripts/hostile_sweep.py --binary .build/release/trustsite $(HOSTILE_SWEEP_ARGS)

# The long reliability runs (README: Reliability); none is part of `make test`.
kill-test: deps build
	bash scripts/kill-test.sh
limits: deps build
	bash scripts/limits.sh
# scaling: hostile pages (20,000 headings, links, footnotes...) at n, 2n, 4n, 8n: time must grow linearly.
scaling: deps build
	python3 scripts/scaling.py
determinism: deps build
	bash scripts/determinism.sh
load-test: deps build
	bash scripts/load-test.sh
# preview-attack: `trustsite serve` under a 64-file limit against foreign hosts and origins, oversized
# requests and frames, idle floods and folder swaps; a few seconds, 60 at most (not part of `make test`).
preview-attack: deps build
	python3 scripts/preview_attack.py --binary .build/release/trustsite --site .
reliability: kill-test limits scaling determinism load-test preview-attack

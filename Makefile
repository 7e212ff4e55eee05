# Targets for building, testing and documenting coalition.
GO       ?= go
BIN      ?= bin/coalition
EXAMPLES := $(wildcard examples/*.yaml)

.PHONY: all build test run lint docs fuzz clean bench bench-corpus bench-ajv dist dist-reproducible release

all: build test

## build: compile bin/coalition
build:
	$(GO) build -o $(BIN) ./cmd/coalition

# The race detector needs cgo and a C compiler. Where there is none (Go
# alone), the tests run without it and say so.
RACE ?= $(shell [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v "$$($(GO) env CC)" >/dev/null 2>&1 && echo -race)

## test: vet, then run every test (with the race detector where cgo works)
test:
	$(GO) vet ./...
	@[ -n "$(RACE)" ] || echo "make test: no C compiler for cgo, so the race detector is off (install gcc to turn it on)"
	$(GO) test $(RACE) -count=1 ./...

## run: check and score the shipped example plans
run:
	$(GO) run ./cmd/coalition check $(EXAMPLES)
	$(GO) run ./cmd/coalition score $(EXAMPLES)

## dist: the release archives of the six platforms (linux, darwin, windows on
## amd64 and arm64) and checksums.txt in dist/, built by GoReleaser from
## .goreleaser.yaml as a snapshot: nothing is published (docs/releasing.md)
# GoReleaser is pinned here and only here. `go run` builds it outside go.mod,
# which it would fill with hundreds of modules, and caches the build.
GORELEASER_PKG := github.com/goreleaser/goreleaser/v2@v2.15.1
GORELEASER ?= $(GO) run $(GORELEASER_PKG)
# GoReleaser asks git for the remote's URL and, in a repository without a
# remote, ignores the whole git state: the commit and date it stamps become
# "none" and now. Lend such a repository the project's URL for the build.
DIST_GIT_ENV = $(if $(shell git remote 2>/dev/null),,GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=remote.origin.url \
	GIT_CONFIG_VALUE_0=https://github.com/coalition-tools/coalition.git)
dist:
	$(DIST_GIT_ENV) $(GORELEASER) release --snapshot --clean

## dist-reproducible: build the snapshot twice, from two copies of the tree
## at different paths, and fail unless the archives and checksums.txt are
## byte-identical (CI runs it; REPRODUCIBLE_EMPTY_CACHE=1 compiles the second
## build from an empty Go build cache, for a release)
dist-reproducible:
	GO="$(GO)" GORELEASER_PKG="$(GORELEASER_PKG)" REPRODUCIBLE_EMPTY_CACHE="$(REPRODUCIBLE_EMPTY_CACHE)" sh release/reproducible.sh

## release: build and publish the release of the tag at HEAD on GitHub (the
## release workflow runs it, with GITHUB_TOKEN; see docs/releasing.md)
release:
	$(GORELEASER) release --clean

## lint: formatting, go vet, staticcheck (the version pinned by the tool
## directive of go.mod), go.mod and go.sum tidy, and no executable binary tracked
lint:
	sh .ci/tracked-binaries
	@out=$$(gofmt -l cmd pkg release); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...
	@$(GO) mod tidy -diff || { echo "go.mod and go.sum are not tidy (the diff above): run go mod tidy"; exit 1; }

## docs: regenerate docs/rules.md, the command reference (docs/commands) and
## man pages (docs/man), the generated parts of docs/scoring.md, docs/ci.md
## and docs/reports.md, and the brief screenshot (needs chromium)
docs:
	$(GO) run ./cmd/coalition rules --format markdown > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md
	$(GO) test ./pkg/scoredoc -run TestScoringDocUpToDate -count=1 -update
	$(GO) test ./pkg/config -run TestCIDocUpToDate -count=1 -update
	$(GO) test ./pkg/cli -run TestCommandDocsUpToDate -count=1 -update
	$(GO) test ./pkg/schema -run TestPublishedSchemaUpToDate -count=1 -update
	$(GO) test ./pkg/brief -run 'TestReportsDocUpToDate|TestHTMLBriefInChromium' -count=1 -update
	$(GO) test ./pkg/portfolio -run TestPortfolioDocUpToDate -count=1 -update

## fuzz: run every fuzz target for FUZZTIME each: the loader, the formatter, the checker
## and scorer, the check writers, and every renderer
FUZZTIME ?= 60s
FUZZ_TARGETS := ./pkg/plan:FuzzParse ./pkg/planfmt:FuzzFormat ./pkg/score:FuzzScore ./pkg/output:FuzzWriters ./pkg/brief:FuzzRenderers
fuzz:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; echo "== $$name ($$pkg)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 100x || exit 1; \
	done

## bench-corpus: write the reproducible benchmark corpus (10,000 plans, fixed seed)
CORPUS ?= testdata/bench/corpus
CLEAN_CORPUS ?= testdata/bench/clean
bench-corpus: $(CORPUS)/.complete
$(CORPUS)/.complete:
	$(GO) run ./cmd/coalition-corpus -n 10000 -dir $(CORPUS)
	touch $@

## bench: Go benchmarks of loading, checking, scoring and rendering, the
## parse-only floor, history on 500 versions of a plan, and the whole
## command on the corpus: check, score and portfolio (see docs/performance.md)
BENCHTIME ?= 3x
bench: bench-corpus
	BENCH_CORPUS=$(abspath $(CORPUS)) $(GO) test -run '^$$' -bench . -benchtime $(BENCHTIME) -benchmem \
		./pkg/plan ./pkg/lint/rules ./pkg/score ./pkg/brief ./pkg/corpus ./pkg/check ./pkg/history ./pkg/cli

## bench-ajv: time ajv-cli (npm) against coalition check on the same clean corpus
bench-ajv: build
	test -f $(CLEAN_CORPUS)/.complete || ($(GO) run ./cmd/coalition-corpus -n 10000 -clean -dir $(CLEAN_CORPUS) && touch $(CLEAN_CORPUS)/.complete)
	cd testdata/bench-tools/ajv && npm ci --silent --no-audit --no-fund
	$(BIN) schema > testdata/bench/schema.json
	@echo "coalition check:"; /usr/bin/time -f "  %e s, %M KB peak" $(BIN) check --today 2026-11-23 $(CLEAN_CORPUS) > /dev/null || true
	@echo "ajv-cli validate:"; cd testdata/bench-tools/ajv && /usr/bin/time -f "  %e s, %M KB peak" sh -c \
		'node_modules/.bin/ajv validate -s ../../bench/schema.json -d "../../../$(CLEAN_CORPUS)/**/*.yaml" -c ajv-formats --all-errors --allow-union-types > /dev/null 2>&1' || true

clean:
	rm -rf bin testdata/bench dist completions

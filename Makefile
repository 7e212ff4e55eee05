# Targets for building, testing and documenting coalition.
GO       ?= go
BIN      ?= bin/coalition
EXAMPLES := $(wildcard examples/*.yaml)

.PHONY: all build test run lint docs fuzz clean

all: build test

## build: compile bin/coalition
build:
	$(GO) build -o $(BIN) ./cmd/coalition

## test: vet, then run every test with the race detector
test:
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...

## run: check and score the shipped example plans
run:
	$(GO) run ./cmd/coalition check $(EXAMPLES)
	$(GO) run ./cmd/coalition score $(EXAMPLES)

## lint: formatting and static checks
lint:
	@out=$$(gofmt -l cmd pkg); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

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

## fuzz: run the fuzz targets of the loader and the scorer, each for FUZZTIME
FUZZTIME ?= 60s
fuzz:
	$(GO) test ./pkg/plan -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) -fuzzminimizetime 10s
	$(GO) test ./pkg/score -run '^$$' -fuzz FuzzScore -fuzztime $(FUZZTIME) -fuzzminimizetime 10s

clean:
	rm -rf bin

// Command coalition-corpus writes the reproducible benchmark corpus:
//
//	go run ./cmd/coalition-corpus -n 10000 -dir testdata/bench/corpus
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/coalition-tools/coalition/pkg/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of plans")
	dir := flag.String("dir", "testdata/bench/corpus", "directory to write them to")
	seed := flag.Uint64("seed", corpus.DefaultSeed, "random seed; the same seed writes the same files")
	clean := flag.Bool("clean", false, "write plans without mistakes (for tools that stop at the first unreadable file)")
	flag.Parse()
	total, err := corpus.Write(*dir, *n, *seed, *clean)
	if err != nil {
		fmt.Fprintln(os.Stderr, "coalition-corpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d plans (%.1f MB) to %s\n", *n, float64(total)/1e6, *dir)
}

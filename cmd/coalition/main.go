// Command coalition checks, scores and renders coalition plans.
package main

import (
	"os"

	"github.com/coalition-tools/coalition/pkg/cli"
	"github.com/coalition-tools/coalition/pkg/iostreams"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], iostreams.System()))
}

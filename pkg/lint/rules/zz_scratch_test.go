package rules

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
)

func TestZZScratch(t *testing.T) {
	path := os.Getenv("SCR")
	if path == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(path)
	start := time.Now()
	f := plan.Parse("plan.yaml", src, plan.ReadOptions{Explicit: true})
	for _, d := range lint.Check(f, lint.Options{Rules: All(), Today: today}) {
		fmt.Printf("%d:%d: %s [%s]\n", d.Pos.Line, d.Pos.Col, d.Message, d.Rule)
	}
	fmt.Println("took", time.Since(start))
}

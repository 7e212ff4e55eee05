// Package check reads the plans under a set of paths and runs the rules on
// each, in parallel, reporting the results in a deterministic order.
package check

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/coalition-tools/coalition/pkg/lint"
	"github.com/coalition-tools/coalition/pkg/plan"
	"github.com/coalition-tools/coalition/pkg/workspace"
)

// Result is the outcome of checking one file.
type Result struct {
	// Path is the file's path.
	Path string
	// Skipped is true for a walked file that is not a plan.
	Skipped bool
	// File is the file as read, nil when it was skipped or unreadable.
	File *plan.File
	// Diagnostics are the findings, sorted by position.
	Diagnostics []lint.Diagnostic
	// Suppressed counts the findings silenced by `# coalition:ignore`.
	Suppressed int
	// Err is set when the file could not be read at all.
	Err error

	panic *PanicError // a panic while checking the file (see Run)
}

// PanicError is a panic in the check of one file. Run raises it again in
// the caller's goroutine, where the program can recover it, with the file
// and the stack of the worker it happened in.
type PanicError struct {
	// Path is the file being checked.
	Path string
	// Value is what the panic was called with.
	Value any
	// Stack is the stack trace of the worker at the panic.
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("checking %s: %v", e.Path, e.Value) }

// Options control a check.
type Options struct {
	Lint lint.Options
	// Read tunes how files are read; Explicit is set per file.
	Read plan.ReadOptions
	// Workers is the number of files checked at once; 0 means one per CPU.
	Workers int
	// Source, when not nil, gives the content of each target instead of
	// its file, such as the version staged in git (check --staged): the
	// content, or its first Read.MaxSize+1 bytes when size, its whole
	// size, is over the limit (see plan.ReadBytes). An error makes the
	// target unreadable.
	Source func(path string) (data []byte, size int64, err error)
}

// Run checks the files of targets and calls emit with each result in the
// order of targets. Only a bounded window of results is held in memory.
func Run(targets []workspace.Target, opts Options, emit func(Result) error) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Each target gets a one-slot channel; workers fill them in any order and
	// emit drains them in order. The semaphore bounds how far ahead of the
	// emitter the workers may run.
	slots := make([]chan Result, len(targets))
	for i := range slots {
		slots[i] = make(chan Result, 1)
	}
	window := make(chan struct{}, 32*workers)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				slots[i] <- oneRecovering(targets[i], opts)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range targets {
			window <- struct{}{}
			jobs <- i
		}
	}()
	// After a failed emit the remaining results are still drained, so that
	// no worker blocks; the first error is returned. After a panic in a
	// worker nothing more is emitted, and the panic is raised again here.
	var err error
	var crash *PanicError
	for i := range targets {
		r := <-slots[i]
		<-window
		switch {
		case r.panic != nil:
			crash = cmp.Or(crash, r.panic)
		case err == nil && crash == nil:
			err = emit(r)
		}
	}
	wg.Wait()
	if crash != nil {
		panic(crash)
	}
	return err
}

// oneRecovering is One, with a panic kept in the result for Run to raise
// in its caller's goroutine: a panic in a worker would end the program
// before it could say what happened.
func oneRecovering(t workspace.Target, opts Options) (r Result) {
	defer func() {
		if v := recover(); v != nil {
			r = Result{Path: t.Path, panic: &PanicError{Path: t.Path, Value: v, Stack: debug.Stack()}}
		}
	}()
	return One(t, opts)
}

// One checks a single target.
func One(t workspace.Target, opts Options) Result {
	ro := opts.Read
	ro.Explicit = t.Explicit
	var f *plan.File
	var err error
	if opts.Source != nil {
		var data []byte
		var size int64
		if data, size, err = opts.Source(t.Path); err == nil {
			f = plan.ReadBytes(t.Path, data, size, ro)
		}
	} else {
		f, err = plan.Read(t.Path, ro)
	}
	switch {
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is printed beside the error already
		}
		return Result{Path: t.Path, Err: err}
	case f == nil:
		return Result{Path: t.Path, Skipped: true}
	}
	res := lint.Run(f, opts.Lint)
	return Result{Path: t.Path, File: f, Diagnostics: res.Diagnostics, Suppressed: res.Suppressed}
}

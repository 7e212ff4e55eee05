package safefile

import (
	"os"
	"os/signal"
	"sync"
)

// temps holds the names of the temporary files in flight: registered as
// they are created, unregistered once renamed or linked into place or
// removed. Renaming happens with the lock held, so that a signal either
// finds the temporary file or finds it already in place.
var temps struct {
	sync.Mutex
	names map[string]struct{}
}

// createTemp creates a temporary file as os.CreateTemp does and registers
// it.
func createTemp(dir, pattern string) (*os.File, error) {
	temps.Lock()
	defer temps.Unlock()
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	if temps.names == nil {
		temps.names = map[string]struct{}{}
	}
	temps.names[f.Name()] = struct{}{}
	return f, nil
}

// discard removes the temporary file name and unregisters it.
func discard(name string) {
	temps.Lock()
	defer temps.Unlock()
	discardLocked(name)
}

// discardLocked is discard for a caller that holds the lock.
func discardLocked(name string) {
	os.Remove(name)
	delete(temps.names, name)
}

// RemoveTempsOnSignal catches interrupts (os.Interrupt and SIGTERM) until
// stop is called. On such a signal it removes the temporary files of the
// writes in progress, so that none is left beside its target, and ends the
// program as the signal would have: it stops catching the signal and sends
// it to the process again, so that the shell sees the usual status (130
// for an interrupt, 143 for SIGTERM). Where a signal cannot be sent again
// (on windows), the program exits with status 1.
//
// A signal that was ignored when the program started, as SIGINT is for a
// background job of a non-interactive shell, stays ignored.
//
// The program is meant to call it once, around everything it does; stop
// may be called more than once.
func RemoveTempsOnSignal() (stop func()) {
	var sigs []os.Signal
	for _, s := range interrupts {
		if !signal.Ignored(s) {
			sigs = append(sigs, s)
		}
	}
	if len(sigs) == 0 {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case sig := <-ch:
			// The lock is never released: no temporary file is created
			// or renamed into place from here on.
			temps.Lock()
			for name := range temps.names {
				os.Remove(name)
			}
			die(sig)
		case <-done:
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			signal.Stop(ch)
			close(done)
		})
	}
}

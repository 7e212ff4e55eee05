//go:build unix

package safefile

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// interrupts are the signals RemoveTempsOnSignal catches.
var interrupts = []os.Signal{os.Interrupt, syscall.SIGTERM}

// die ends the process by sig: it restores the default action and sends
// sig to the process again. Should the process survive that, it exits with
// the status a shell reports for death by sig.
func die(sig os.Signal) {
	s, ok := sig.(syscall.Signal)
	if !ok {
		os.Exit(1)
	}
	signal.Reset(sig)
	syscall.Kill(syscall.Getpid(), s)
	time.Sleep(time.Second)
	os.Exit(128 + int(s))
}

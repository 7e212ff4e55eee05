//go:build !unix

package safefile

import (
	"os"
	"syscall"
)

// interrupts are the signals RemoveTempsOnSignal catches.
var interrupts = []os.Signal{os.Interrupt, syscall.SIGTERM}

// die ends the process after sig. A signal cannot be sent to the process
// again here, so it exits with status 1.
func die(os.Signal) {
	os.Exit(1)
}

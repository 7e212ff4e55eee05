//go:build unix

package safefile

import "syscall"

// probeFlags are added when a file is opened only to see whether it may be
// written: should it have become a FIFO since it was looked at, the open
// does not wait for a reader.
const probeFlags = syscall.O_NONBLOCK | syscall.O_NOCTTY

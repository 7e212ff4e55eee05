//go:build !plan9

package safefile

import "syscall"

// systemFailures are the causes that make an error a failure of the
// system, whatever step of the write it stopped: the disk or the quota is
// full, or the device failed.
var systemFailures = []error{syscall.ENOSPC, syscall.EDQUOT, syscall.EIO}

// readOnlyCauses are the causes that make a file one the user may not
// write, besides fs.ErrPermission: a file system mounted read-only.
var readOnlyCauses = []error{syscall.EROFS}

//go:build windows

package safefile

import (
	"io/fs"
	"os"
	"syscall"
)

// chownLike does nothing: a new file gets its owner and access control list
// from the directory.
func chownLike(*os.File, fs.FileInfo) error { return nil }

// linkCount returns the number of hard links of the file at path.
func linkCount(path string, _ fs.FileInfo) (uint64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var info syscall.ByHandleFileInformation
	if err := syscall.GetFileInformationByHandle(syscall.Handle(f.Fd()), &info); err != nil {
		return 0, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	return uint64(info.NumberOfLinks), nil
}

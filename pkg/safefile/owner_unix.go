//go:build unix

package safefile

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// chownLike gives f the owner and group of the file st where permitted.
// A user who may not give the file away (EPERM) still gets the group when
// it is one of theirs; an owner the system cannot map (EINVAL, in a user
// namespace) is left as it is.
func chownLike(f *os.File, st fs.FileInfo) error {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	err := f.Chown(int(sys.Uid), int(sys.Gid))
	if errors.Is(err, syscall.EPERM) {
		err = f.Chown(-1, int(sys.Gid))
	}
	if errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EINVAL) {
		return nil
	}
	return err
}

// linkCount returns the number of hard links of the file st, read from path.
func linkCount(_ string, st fs.FileInfo) (uint64, error) {
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(sys.Nlink), nil
	}
	return 1, nil
}

// Package safefile writes output files so that a reader never sees one
// half-written and a plan is never overwritten: the data goes to a
// temporary file in the same directory, is synced, and is renamed over the
// target in one step. Output meant for a stream (a terminal, /dev/null, a
// FIFO, /dev/stdout) is written to it directly instead.
//
// A temporary file is removed when the write fails, and, once
// RemoveTempsOnSignal has been called, when the program is interrupted.
//
// An existing file is replaced only when the user may write it: replacing
// by rename needs only the permission of the directory, and would let a
// user rewrite a read-only file or take over a file of another user.
//
// An error that is a failure of the system while the output was being
// written (a full disk, an I/O error) is a *WriteError; any other error
// is about the path asked for, and choosing another path fixes it.
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/coalition-tools/coalition/pkg/plan"
)

// ErrPlan is returned when the target is a plan file.
var ErrPlan = errors.New("refusing to write over a plan file")

// ErrStdin is returned by Write for standard input, by any of its names.
var ErrStdin = errors.New("standard input is not an output")

// ErrReadOnly is returned by Write and Replace for an existing file that
// the user may not write.
var ErrReadOnly = errors.New("coalition does not replace a file you may not write")

// A WriteError is a failure of the system while the output was being
// written, once its path was found fit: writing the data, syncing it,
// closing the file or renaming it into place failed, or creating it failed
// for want of space or by an I/O error. Choosing another path would not
// fix it as it fixes the other errors of Write, Replace and Create.
type WriteError struct {
	// Err says what failed and why; its message is the WriteError's.
	Err error
}

func (e *WriteError) Error() string { return e.Err.Error() }

func (e *WriteError) Unwrap() error { return e.Err }

// IsWriteFailure reports whether err, from Write, Replace or Create, is a
// failure of the system while the output was written (a *WriteError).
func IsWriteFailure(err error) bool {
	var we *WriteError
	return errors.As(err, &we)
}

// systemFailure reports whether err has one of the causes that are a
// failure of the system at any step (systemFailures).
func systemFailure(err error) bool {
	for _, cause := range systemFailures {
		if errors.Is(err, cause) {
			return true
		}
	}
	return false
}

// Write writes data to path, which must be a regular file, a new path, a
// symbolic link to either, or a stream.
//
// A regular file or a new path is written atomically: the data goes to a
// temporary file beside it, which is synced and renamed over it. An
// existing file keeps its permission bits and, where permitted, its owner
// and group; a new one gets mode 0644. Through a symbolic link, the file
// the link resolves to is written and the link stays a link; a link that
// points nowhere has its target created, as the shell would.
//
// Write refuses when path is one of the files in keep (the plans the output
// was made from), or when an existing file at path is one that coalition
// check would read as a plan when it walks a directory. It never opens a
// file that is not a regular file to find out. It refuses an existing file
// that the user may not write (ErrReadOnly): one that opening for writing
// would refuse. Root may write any file, and so gets a read-only file
// rewritten, as gofmt -w and cp do; it stays read-only.
//
// A character device (a terminal, /dev/null) or a FIFO is opened for writing
// and written, as a shell redirection would; so are /dev/stdout,
// /dev/stderr, /dev/fd/N and /proc/self/fd/N, which are opened in append
// mode so that the output follows what is already in a file the shell
// opened with `>>`. Nothing is created or truncated there. Writing to a FIFO
// waits for a reader. A directory, a socket or a block device is an error.
//
// A regular file open on such a descriptor gets the guard of any regular
// file: it is never one of the plans in keep, nor a file check would read
// as a plan (where the file cannot be read through its name, as a
// descriptor the shell opened only for writing on systems that do not
// reopen it, only keep applies). Standard input, /dev/stdin or descriptor
// 0 by any name, is never written (ErrStdin).
func Write(path string, data []byte, keep ...string) error {
	t, err := resolve(path)
	if err != nil {
		return err
	}
	switch t.kind {
	case kindStream:
		if t.info.Mode().IsRegular() {
			if err := guard(path, t, keep); err != nil {
				return err
			}
		}
		return writeDirect(path, data, os.O_APPEND)
	case kindDevice:
		return writeDirect(path, data, 0)
	case kindNew:
		return writeAtomic(t.path, data, 0o644, nil)
	}
	if err := guard(path, t, keep); err != nil {
		return err
	}
	if err := mayWrite(path, t.path); err != nil {
		return err
	}
	return writeAtomic(t.path, data, keptMode(t.info), t.info)
}

// kind is what Write does with a path.
type kind int

const (
	_           kind = iota // the zero value is invalid
	kindNew                 // nothing there yet: create it atomically
	kindRegular             // a regular file: replace it atomically
	kindDevice              // a character device or a FIFO: write to it
	kindStream              // a file descriptor but standard input: append to it
)

// target is what a path given to Write resolves to.
type target struct {
	kind kind
	// path is the file to create or replace, with symbolic links resolved;
	// for a stream, the path as given.
	path string
	// info describes the existing file, nil for a new one; for a stream,
	// the file open on the descriptor.
	info fs.FileInfo
}

// streamPath matches the names of the process's own open files: the
// standard streams by name, or a descriptor by number.
var streamPath = regexp.MustCompile(`^/(?:dev/(?:(stdin|stdout|stderr)|fd/([0-9]+))|proc/self/fd/([0-9]+))$`)

// streamFD reports whether path names one of the process's own open files,
// and which descriptor: -1 for a number too large to be one.
func streamFD(path string) (fd int, ok bool) {
	m := streamPath.FindStringSubmatch(filepath.ToSlash(filepath.Clean(path)))
	switch {
	case m == nil:
		return 0, false
	case m[1] != "":
		return map[string]int{"stdin": 0, "stdout": 1, "stderr": 2}[m[1]], true
	}
	n, err := strconv.Atoi(m[2] + m[3])
	if err != nil {
		return -1, true
	}
	return n, true
}

// resolveStream finds out what the open file descriptor fd, named path,
// holds. Standard input is refused.
func resolveStream(path string, fd int) (target, error) {
	if fd == 0 {
		return target{}, ErrStdin
	}
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return target{}, fmt.Errorf("%s is not an open file descriptor", path)
	}
	if err != nil {
		return target{}, err
	}
	return target{kind: kindStream, path: path, info: st}, nil
}

// maxLinks bounds the chain of symbolic links that resolve follows.
const maxLinks = 40

// resolve finds out what path is without opening it. A link to one of the
// names streamFD matches is a stream whatever is open there: following it
// would replace the file the shell opened instead of writing to it.
func resolve(path string) (target, error) {
	if fd, ok := streamFD(path); ok {
		return resolveStream(path, fd)
	}
	// Follow the chain of links by hand, to see the names it goes through
	// and where a dangling one points.
	last := path
	for hops := 0; ; hops++ {
		lst, err := os.Lstat(last)
		if errors.Is(err, fs.ErrNotExist) {
			if last == path {
				return target{kind: kindNew, path: path}, nil
			}
			break // a dangling link: Stat below says so
		}
		if err != nil {
			return target{}, err
		}
		if lst.Mode().Type() != fs.ModeSymlink {
			break
		}
		if hops == maxLinks {
			return target{}, fmt.Errorf("%s: too many levels of symbolic links", path)
		}
		dest, err := os.Readlink(last)
		if err != nil {
			return target{}, err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(last), dest)
		}
		if fd, ok := streamFD(dest); ok {
			return resolveStream(path, fd)
		}
		last = dest
	}
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return target{kind: kindNew, path: last}, nil
	}
	if err != nil {
		return target{}, err
	}
	mode := st.Mode()
	switch {
	case mode.IsRegular():
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return target{}, err
		}
		return target{kind: kindRegular, path: real, info: st}, nil
	case mode&fs.ModeNamedPipe != 0, mode&fs.ModeCharDevice != 0:
		return target{kind: kindDevice, path: path, info: st}, nil
	case mode.IsDir():
		return target{}, fmt.Errorf("%s is a directory", path)
	case mode&fs.ModeSocket != 0:
		return target{}, fmt.Errorf("%s is a socket: output goes to a file, a character device or a FIFO", path)
	case mode&fs.ModeDevice != 0:
		return target{}, fmt.Errorf("%s is a block device: output goes to a file, a character device or a FIFO", path)
	}
	return target{}, fmt.Errorf("%s is not a regular file (%v)", path, mode.Type())
}

// guard refuses to write the regular file t when it is one of the plans in
// keep or when coalition check would read it as a plan.
func guard(path string, t target, keep []string) error {
	for _, k := range keep {
		if ks, err := os.Stat(k); err == nil && os.SameFile(t.info, ks) {
			return fmt.Errorf("%w: %s is the plan being read", ErrPlan, path)
		}
	}
	// The same call as the directory walk of coalition check, so that what
	// it would check as a plan is never overwritten.
	f, err := plan.Read(t.path, plan.ReadOptions{Explicit: false, MaxSize: plan.MaxFileSize})
	if err != nil && t.kind == kindStream && errors.Is(err, fs.ErrPermission) {
		// A descriptor open only for writing, which this system does not
		// reopen for reading: the shell's output, as after `>>`.
		return nil
	}
	if err != nil {
		return err
	}
	if f != nil {
		return fmt.Errorf("%w: %s has apiVersion: coalition/", ErrPlan, path)
	}
	return nil
}

// mayWrite returns ErrReadOnly, in words that name path, when the user may
// not write the existing file real: it opens real for writing, without
// creating nor truncating it, and closes it at once, so that nothing
// changes. This asks the system itself, so permission bits, access control
// lists, a read-only mount and root's privilege all count.
func mayWrite(path, real string) error {
	f, err := os.OpenFile(real, os.O_WRONLY|probeFlags, 0)
	if err == nil {
		return f.Close()
	}
	readOnly := errors.Is(err, fs.ErrPermission)
	for _, cause := range readOnlyCauses {
		readOnly = readOnly || errors.Is(err, cause)
	}
	if readOnly {
		return fmt.Errorf("%s is read-only (or belongs to another user): %w", path, ErrReadOnly)
	}
	return err
}

// writeDirect opens path for writing, with the extra flags, and writes data
// to it. It never creates nor truncates.
func writeDirect(path string, data []byte, flags int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|flags, 0)
	if err != nil {
		if systemFailure(err) {
			return &WriteError{Err: err}
		}
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return &WriteError{Err: fmt.Errorf("cannot write to %s: %w", path, err)}
	}
	return nil
}

// ErrExists is returned by Create when the target already exists.
var ErrExists = errors.New("file already exists")

// Create writes data to a new file at path, atomically, and never over an
// existing file: the data goes to a temporary file that is then linked to
// path, which fails if path exists.
func Create(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%w: %s (choose another name, or remove it first)", ErrExists, path)
	}
	tmp, err := writeTemp(path, data, 0o644, nil)
	if err != nil {
		return err
	}
	if testHookBeforeRename != nil {
		testHookBeforeRename()
	}
	temps.Lock()
	defer temps.Unlock()
	defer discardLocked(tmp)
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%w: %s (choose another name, or remove it first)", ErrExists, path)
		}
		return placeErr(fmt.Errorf("cannot create %s: %w", path, linkErr(err)))
	}
	return nil
}

// ErrHardLinks is returned by Replace for a file with more than one hard
// link.
var ErrHardLinks = errors.New("refusing to rewrite a file with several hard links")

// ReplaceOptions tune Replace.
type ReplaceOptions struct {
	// Force rewrites a file with several hard links atomically anyway,
	// which detaches this name from its other links: they keep the old
	// text.
	Force bool
}

// Replace writes data over the existing regular file at path atomically,
// keeping its mode and, where permitted, its owner and group. Through a
// symbolic link it rewrites the file the link resolves to, and the link
// stays a link. It refuses a file that the user may not write, as Write
// does (ErrReadOnly; root may write any file), and a file with more than
// one hard link (ErrHardLinks) unless opts.Force is set, since the new text
// would reach only this name.
//
// Replace is for rewriting a plan in place on purpose, as coalition fmt
// does; everything else uses Write, which refuses plans.
func Replace(path string, data []byte, opts ReplaceOptions) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	st, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", path)
	}
	if err := mayWrite(path, real); err != nil {
		return err
	}
	if !opts.Force {
		n, err := linkCount(real, st)
		if err != nil {
			return err
		}
		if n > 1 {
			return fmt.Errorf("%w: %s has %d hard links, and only this one would get the new text (use --force to rewrite it anyway)",
				ErrHardLinks, path, n)
		}
	}
	return writeAtomic(real, data, keptMode(st), st)
}

// keptMode is the mode that a rewritten copy of the file st takes.
func keptMode(st fs.FileInfo) fs.FileMode {
	return st.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
}

// testHookBeforeRename, when set, is called once the temporary file is
// complete and before it is renamed or linked into place.
var testHookBeforeRename func()

// writeAtomic writes data to a temporary file beside path and renames it
// over path. The temporary file gets mode perm and, when like is not nil,
// the owner and group of like where permitted.
func writeAtomic(path string, data []byte, perm fs.FileMode, like fs.FileInfo) error {
	tmp, err := writeTemp(path, data, perm, like)
	if err != nil {
		return err
	}
	if testHookBeforeRename != nil {
		testHookBeforeRename()
	}
	temps.Lock()
	defer temps.Unlock()
	if err := os.Rename(tmp, path); err != nil {
		discardLocked(tmp)
		return placeErr(fmt.Errorf("cannot replace %s: %w", path, linkErr(err)))
	}
	delete(temps.names, tmp)
	return nil
}

// placeErr classifies err, the failure to rename or link the complete
// temporary file into place: a refusal of permission (as in a directory
// with the sticky bit, over another user's file) or of a read-only mount
// is about the path; anything else is a *WriteError.
func placeErr(err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return err
	}
	for _, cause := range readOnlyCauses {
		if errors.Is(err, cause) {
			return err
		}
	}
	return &WriteError{Err: err}
}

// linkErr returns the cause of a failed rename or link, whose message
// would name the temporary file.
func linkErr(err error) error {
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// writeTemp writes data to a new temporary file beside path, synced and
// closed, with mode perm and, when like is not nil, the owner and group of
// like where permitted, and returns its name. The file is registered for
// removal on a signal; the caller renames or links it into place, and
// removes it if that fails. Errors name the directory, not the temporary
// file, which the user never sees. Once the file is created, every error
// is a *WriteError; so is a failure to create it for want of space or by
// an I/O error.
func writeTemp(path string, data []byte, perm fs.FileMode, like fs.FileInfo) (string, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	dir = filepath.Clean(dir)
	tmp, err := createTemp(dir, "."+base+".*.tmp")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("directory %s does not exist", dir)
		case systemFailure(err):
			return "", &WriteError{Err: fmt.Errorf("cannot write in %s: %w", dir, err)}
		}
		return "", fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	name := tmp.Name()
	err = func() error {
		if _, err := tmp.Write(data); err != nil {
			return err
		}
		if like != nil {
			if err := chownLike(tmp, like); err != nil {
				return err
			}
		}
		// After chown, which may clear the set-id bits.
		if err := tmp.Chmod(perm); err != nil {
			return err
		}
		return tmp.Sync()
	}()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		discard(name)
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", &WriteError{Err: fmt.Errorf("cannot write in %s: %w", dir, err)}
	}
	return name, nil
}

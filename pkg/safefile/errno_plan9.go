package safefile

// systemFailures are the causes that make an error a failure of the
// system; plan9 reports its errors as text, so none is known here.
var systemFailures []error

// readOnlyCauses are the causes, besides fs.ErrPermission, that make a
// file one the user may not write; none is known here.
var readOnlyCauses []error

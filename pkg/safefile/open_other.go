//go:build !unix

package safefile

// probeFlags are added when a file is opened only to see whether it may be
// written; there are none here.
const probeFlags = 0

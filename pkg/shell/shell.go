// Package shell writes the commands the tool suggests so that they can be
// pasted into a POSIX shell (sh, bash, zsh) as they are: an argument with a
// space, a quote or another character the shell reads is quoted.
package shell

import (
	"strings"
	"unicode"
)

// Quote returns arg as one word of a shell command: as it is when every
// character is one the shell takes literally (letters, digits and
// @%+=:,./-_, and ~ after the first character), else in single quotes,
// where each single quote of arg is written
//
//	'\''
//
// (end the quoting, an escaped quote, quote again). The empty string is a
// pair of single quotes.
func Quote(arg string) string {
	if arg == "" {
		return "''"
	}
	if safe(arg) {
		return arg
	}
	return "'" + strings.ReplaceAll(arg, "'", `'\''`) + "'"
}

// safe reports whether the shell takes every character of arg literally.
func safe(arg string) bool {
	for i, r := range arg {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		case strings.ContainsRune("@%+=:,./-_", r):
		case r == '~' && i > 0:
		case r > unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
		default:
			return false
		}
	}
	return true
}

// Command returns args as a command line, each quoted as Quote does.
func Command(args ...string) string {
	words := make([]string, len(args))
	for i, a := range args {
		words[i] = Quote(a)
	}
	return strings.Join(words, " ")
}

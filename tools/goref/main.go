// Keep type aliases in go/types (the default from Go 1.23 on): a loop variable declared from a
// loader.Sym prints as loader.Sym, the name the code uses, not as what the alias stands for.

//go:debug gotypesalias=1

// Command goref answers questions about Go source with the Go toolchain's own packages, so that
// captureguard's tests can compare our parser (and later our resolver) with the reference.
//
//	goref astdump FILE        the canonical node list of FILE, one "start end Kind" line per node
//	goref asthash ROOT        for every .go file under ROOT outside testdata: "relpath hash nodes"
//	goref syntaxcheck ROOT    for every .go file under ROOT, testdata included: "relpath ok|error L:C"
//	goref parsebench ROOT N   parse every file N times with go/parser, print MB/s
//	goref bindings ROOT       type-check every package under ROOT (outside testdata); for every
//	                          identifier bound to a local variable or parameter:
//	                          "relpath identOffset declOffset"
//	goref looptypes ROOT      same packages; for every variable a for header declares with :=:
//	                          "relpath declOffset typeString" (typeString may contain spaces)
//
// bindings and looptypes end with "! relpath N" lines: files where go/types left N identifiers
// unresolved (type errors), where the output may be silent about some names.
//
// bindings and looptypes print a summary (packages checked and skipped, type errors, counts,
// seconds) on stderr; with GOREF_VERBOSE=1 in the environment they also list every type error,
// skipped directory and file with identifiers go/types left unresolved.
//
// Offsets are UTF-16 code units from the start of the file, as captureguard counts them.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: goref astdump FILE | asthash ROOT | syntaxcheck ROOT | parsebench ROOT N | bindings ROOT | looptypes ROOT")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "astdump":
		err = astDump(os.Args[2], os.Stdout)
	case "asthash":
		err = astHash(os.Args[2], os.Stdout)
	case "syntaxcheck":
		err = syntaxCheck(os.Args[2], os.Stdout)
	case "parsebench":
		n := 5
		if len(os.Args) > 3 {
			n, _ = strconv.Atoi(os.Args[3])
		}
		err = parseBench(os.Args[2], n, os.Stdout)
	case "bindings":
		err = bindings(os.Args[2], os.Stdout)
	case "looptypes":
		err = loopTypes(os.Args[2], os.Stdout)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "goref:", err)
		os.Exit(1)
	}
}

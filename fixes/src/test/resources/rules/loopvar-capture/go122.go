//go:build go1.22

package capture

import "fmt"

// Go 1.22 gives each iteration its own i: not a finding in this file.
func perIteration() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println(i) }()
	}
}

// But a variable the header assigns with = is shared in every version.
func sharedInEveryVersion(head *node) {
	var p *node
	for p = head; p != nil; p = p.next {
		defer func() { fmt.Println(p.v) }() // want defer-in-loop loopvar-capture
	}
}

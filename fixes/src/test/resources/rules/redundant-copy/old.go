//go:build go1.21

package redundant

import "fmt"

// Not a finding: in a Go 1.21 file the copy is the cure.
func neededBefore122(xs []int) {
	for _, x := range xs {
		x := x
		go func() { fmt.Println(x) }()
	}
}

package redundant

import "fmt"

func rangeCopy(xs []int) {
	for _, x := range xs {
		x := x // want redundant-copy
		go func() { fmt.Println(x) }()
	}
}

func threeClauseCopy() {
	for i := 0; i < 3; i++ {
		i := i // want redundant-copy
		go func() { fmt.Println(i) }()
	}
}

func bothOfARange(m map[string]int) {
	for k, v := range m {
		k := k // want redundant-copy
		v := v // want redundant-copy
		go func() { fmt.Println(k, v) }()
	}
}

// Not a finding: the body writes the copy, which no longer steers the loop.
func threeClauseWithWrite() {
	for i := 0; i < 10; i++ {
		i := i
		i += 2
		fmt.Println(i)
	}
}

// Not a finding: the loop assigns with =, so the variable is shared and the copy is needed.
func assignedWithEquals(xs []int) {
	var x int
	for _, x = range xs {
		x := x
		go func() { fmt.Println(x) }()
	}
}

// Not a finding: a copy of some other variable.
func otherVariable(xs []int, y int) {
	for range xs {
		y := y
		go func() { fmt.Println(y) }()
	}
}

// Not a finding: the loop variable is used before the copy.
func usedBefore(xs []int) {
	for _, x := range xs {
		fmt.Println(x)
		x := x
		go func() { fmt.Println(x) }()
	}
}

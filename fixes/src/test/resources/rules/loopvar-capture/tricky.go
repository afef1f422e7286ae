package capture

import "fmt"

type node struct {
	v    int
	next *node
}

func nestedInsideAnIf(xs []int) {
	for _, x := range xs {
		if x > 0 {
			go func() { fmt.Println(x) }() // want loopvar-capture
		}
	}
}

func deferInsideAGoroutine(xs []int) {
	for _, x := range xs {
		go func() {
			defer func() { fmt.Println(x) }() // want loopvar-capture
		}()
	}
}

// Not a finding: the literal runs at once, within the iteration.
func calledImmediately(xs []int) {
	for _, x := range xs {
		func() { fmt.Println(x) }()
	}
}

// Not a finding: the deferred closure runs when the immediately called literal returns.
func deferInsideAnImmediateCall(xs []int) {
	for _, x := range xs {
		func() {
			defer func() { fmt.Println(x) }()
		}()
	}
}

// Not a finding: declared in the body, fresh every iteration in every Go version.
func bodyVariable(xs []int) {
	for _, x := range xs {
		y := x * 2
		go func() { fmt.Println(y) }()
	}
}

// Not a finding: the literal's own parameter shadows the loop variable.
func shadowedByParameter(xs []int) {
	for _, x := range xs {
		go func(x int) { fmt.Println(x) }(x)
	}
}

// The = form shares its variable in every Go version.
func assignedWithEquals(head *node) {
	var p *node
	for p = head; p != nil; p = p.next {
		go func() { fmt.Println(p.v) }() // want loopvar-capture
	}
}

// An inner loop's variable, captured by a goroutine started in the inner loop.
func innerLoop(rows [][]int) {
	for _, row := range rows {
		for _, cell := range row {
			go func() { fmt.Println(cell) }() // want loopvar-capture
		}
	}
}

// Not a finding: the iteration waits for the goroutine in an if statement's init.
func waitedInAnIf(xs []int) {
	for _, x := range xs {
		done := make(chan int)
		go func() { done <- x }()
		if got := <-done; got != x {
			panic("unreachable")
		}
	}
}

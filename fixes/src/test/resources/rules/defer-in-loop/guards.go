package loops

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

const few = 4

var table = []string{"a", "b"}

// A small constant trip count: at most a few calls pending.
func smallConstant() {
	for i := 0; i < 3; i++ {
		defer fmt.Println(i)
	}
	for i := 0; i < few; i++ {
		defer fmt.Println(i)
	}
	const local = 2
	for i := 0; i < local; i++ {
		defer fmt.Println(i)
	}
	n := 5
	for i := n; i > 0; i-- {
		defer fmt.Println(i)
	}
}

// A constant, but not a small one.
func largeConstant() {
	for i := 0; i < 1000; i++ {
		defer fmt.Println(i) // want defer-in-loop "every iteration of the loop adds one more pending call"
	}
}

// A counter that something else changes is no bound.
func reassignedBound(more bool) {
	n := 2
	if more {
		n = 1 << 20
	}
	for i := 0; i < n; i++ {
		defer fmt.Println(i) // want defer-in-loop "`reassignedBound` returns"
	}
}

// A table written out in the source, in the header, in a local or at package level.
func tables() {
	for _, p := range []string{"a", "b"} {
		f, _ := os.Open(p)
		defer f.Close()
	}
	local := []string{"a", "b"}
	for _, p := range local {
		f, _ := os.Open(p)
		defer f.Close()
	}
	for _, p := range table {
		f, _ := os.Open(p)
		defer f.Close()
	}
}

// A local table that grows is of unknown size.
func growingTable(extra []string) {
	names := []string{"a"}
	names = append(names, extra...)
	for _, p := range names {
		f, _ := os.Open(p)
		defer f.Close() // want defer-in-loop
	}
}

// Loops nothing bounds.
func unbounded(ch chan string, b *testing.B, next func() bool) {
	for p := range ch {
		f, _ := os.Open(p)
		defer f.Close() // want defer-in-loop
	}
	for i := 0; i < b.N; i++ {
		defer fmt.Println(i) // want defer-in-loop
	}
	for next() {
		defer fmt.Println() // want defer-in-loop
	}
	for {
		f, err := os.Open("x")
		if err != nil {
			break
		}
		defer f.Close() // want defer-in-loop
	}
}

// In a test, a range is over its cases, however they are built.
func TestCases(t *testing.T) {
	for _, c := range cases() {
		f, _ := os.Open(c)
		defer f.Close()
	}
}

// ...but a channel in a test may still never end.
func TestChannel(t *testing.T) {
	ch := make(chan string)
	for c := range ch {
		f, _ := os.Open(c)
		defer f.Close() // want defer-in-loop
	}
}

func cases() []string { return table }

// A deferred unlock is reported even in a bounded loop: the second iteration deadlocks.
func unlockInABoundedLoop(mu *sync.Mutex) {
	for i := 0; i < 2; i++ {
		mu.Lock()
		defer mu.Unlock() // want defer-in-loop "deferred unlock .* still held"
	}
}

// A lock made in the iteration is a new lock each time: only the bound matters.
func lockPerIteration() {
	for i := 0; i < 2; i++ {
		var m sync.Mutex
		m.Lock()
		defer m.Unlock()
	}
}

// The iteration that defers leaves the loop through a break inside an if.
func breakInsideAnIf(paths []string) {
	for _, p := range paths {
		f, err := os.Open(p)
		if err == nil {
			defer f.Close()
			fmt.Println(f.Name())
			break
		}
	}
}

// Every branch after the defer leaves the loop.
func everyBranchLeaves(paths []string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close()
		if f.Name() == "" {
			return nil
		} else {
			break
		}
	}
	return nil
}

// A continue before the break lets the defers pile up.
func continueAroundTheBreak(paths []string) {
	for _, p := range paths {
		f, _ := os.Open(p)
		defer f.Close() // want defer-in-loop
		if f.Name() == "skip" {
			continue
		}
		break
	}
}

// A break in a switch case leaves the switch, not the loop.
func breakOfTheSwitch(paths []string) {
	for _, p := range paths {
		switch p {
		case "x":
			f, _ := os.Open(p)
			defer f.Close() // want defer-in-loop
			break
		}
	}
}

// Leaving the inner loop still repeats with the outer one.
func breakOfTheInnerLoop(rows [][]string) {
	for _, row := range rows {
		for _, p := range row {
			f, _ := os.Open(p)
			defer f.Close() // want defer-in-loop
			break
		}
	}
}

// ...unless the break names the outer loop.
func breakOfTheOuterLoop(rows [][]string) {
outer:
	for _, row := range rows {
		for _, p := range row {
			f, _ := os.Open(p)
			defer f.Close()
			break outer
		}
	}
}

// Kept in a collection declared before the loop: held on purpose.
func keptInACollection(paths []string) []*os.File {
	var files []*os.File
	for _, p := range paths {
		f, _ := os.Open(p)
		files = append(files, f)
		defer f.Close()
	}
	byName := map[string]*os.File{}
	for _, p := range paths {
		f, _ := os.Open(p)
		byName[p] = f
		defer f.Close()
	}
	opened := make([]*os.File, len(paths))
	for i, p := range paths {
		opened[i], _ = os.Open(p)
		defer opened[i].Close()
	}
	for _, f := range opened {
		defer f.Close()
	}
	return files
}

// A collection made in the iteration holds nothing beyond it.
func collectionPerIteration(paths []string) {
	for _, p := range paths {
		var files []*os.File
		f, _ := os.Open(p)
		files = append(files, f)
		defer f.Close() // want defer-in-loop
		fmt.Println(len(files))
	}
}

// The values of a channel are not held anywhere else.
func closeWhatArrives(ch chan *os.File) {
	for f := range ch {
		defer f.Close() // want defer-in-loop
	}
}

// Under a test that the same branch makes false: the defer runs once.
func registerOnce(paths []string, register func() chan struct{}, unregister func()) {
	var ch chan struct{}
	for _, p := range paths {
		if ch == nil {
			ch = register()
			defer unregister()
		}
		fmt.Println(p)
	}
	var done chan struct{}
	for _, p := range paths {
		if done != nil {
			fmt.Println(p)
		} else {
			done = register()
			defer unregister()
		}
	}
}

// A test on a variable the branch does not set guards nothing.
func notOnce(paths []string, register func() chan struct{}, unregister func()) {
	var ch chan struct{}
	for _, p := range paths {
		if ch == nil {
			register()
			defer unregister() // want defer-in-loop
		}
		fmt.Println(p)
	}
}

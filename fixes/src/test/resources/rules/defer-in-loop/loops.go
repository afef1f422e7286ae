package loops

import (
	"fmt"
	"os"
	"sync"
)

// Every file stays open until processAll returns.
func processAll(paths []string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
		fmt.Println(f.Name())
	}
	return nil
}

// The lock is released only when the function returns: the second iteration deadlocks.
func lockInALoop(mu *sync.Mutex, n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		defer mu.Unlock() // want defer-in-loop "deferred unlock runs when `lockInALoop` returns"
		fmt.Println(i)
	}
}

// Nested blocks inside the loop are still in the loop.
func nestedInAnIf(paths []string) {
	for _, p := range paths {
		if p != "" {
			f, err := os.Open(p)
			if err == nil {
				defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
			}
		}
	}
}

// No fix: a return inside the body would return from the literal instead.
func withReturn(paths []string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
	}
	return nil
}

// No fix: break would not compile inside the literal.
func withBreak(paths []string) {
	for _, p := range paths {
		if p == "" {
			break
		}
		f, _ := os.Open(p)
		defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
	}
}

// No fix: a label.
func withLabel(rows [][]string) {
outer:
	for _, row := range rows {
		for _, p := range row {
			if p == "" {
				continue outer
			}
			f, _ := os.Open(p)
			defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
		}
	}
}

// A break of an inner switch is fine, and the body keeps its raw string intact.
func breakOfASwitch(paths []string) {
	for _, p := range paths {
		switch p {
		case "":
			break
		}
		f, _ := os.Open(p)
		defer f.Close() // want defer-in-loop "runs when `[a-zA-Z]*` returns, not at the end of the iteration"
		fmt.Println(`first line
second line`)
	}
}

// Not a finding: the defer is inside a func literal, which is its own function.
func alreadyWrapped(paths []string) {
	for _, p := range paths {
		func() {
			f, err := os.Open(p)
			if err != nil {
				return
			}
			defer f.Close()
		}()
	}
}

// Not a finding: no loop.
func noLoop(p string) {
	f, _ := os.Open(p)
	defer f.Close()
}

// A loop in a goroutine's literal: the literal's own loop counts.
func loopInsideALiteral(paths []string) {
	go func() {
		for _, p := range paths {
			f, _ := os.Open(p)
			defer f.Close() // want defer-in-loop "runs when the function returns"
		}
	}()
}

// Not a finding: the iteration that defers always leaves the loop, so one call is pending at most.
func retryUntilOpen(paths []string) (string, error) {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close()
		return f.Name(), nil
	}
	return "", os.ErrNotExist
}

func firstThatOpens(paths []string) {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		defer f.Close()
		fmt.Println(f.Name())
		break
	}
}

package capture

import (
	"fmt"
	"sync"
)

// The classic: prints "i = 3" three times before Go 1.22.
func classicDefer() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("i =", i) }() // want loopvar-capture
	}
}

// Cure one: pass the value as a parameter.
func parameterCure() {
	for i := 0; i < 3; i++ {
		defer func(val int) { fmt.Println("i =", val) }(i)
	}
}

// Cure two: a copy per iteration.
func copyCure() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("i =", i) }()
	}
}

// Safe: the arguments of a deferred call are evaluated at once (prints 2, 1, 0).
func eagerArgument() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("i =", i)
	}
}

func goroutinesOverASlice(names []string) {
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("hello", name) // want loopvar-capture
		}()
	}
	wg.Wait()
}

func bothVariablesOfARange(m map[string]int) {
	for k, v := range m {
		go func() { fmt.Println(k, v) }() // want loopvar-capture loopvar-capture
	}
}

package late

import (
	"database/sql"
	"fmt"
	"os"
	"sync"
)

// The deferred closure prints "final", not "start": it reads msg when the function returns.
func deferredSeesTheLastValue() {
	msg := "start"
	defer func() { fmt.Println(msg) }() // want late-binding
	msg = "final"
}

// The goroutine races with the write that follows.
func goroutineRacesWithALaterWrite() {
	var wg sync.WaitGroup
	count := 1
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(count) // want late-binding
	}()
	count = 2
	wg.Wait()
}

// A variable declared before a loop and written in it: every deferred call sees the last.
func writtenInAnEnclosingLoop(names []string) {
	var current string
	for _, n := range names {
		current = n
		defer func() { fmt.Println(current) }() // want defer-in-loop late-binding
	}
}

// Not a finding: nothing writes the variable after the statement.
func neverWrittenAfter() {
	msg := "hello"
	msg = msg + "!"
	defer func() { fmt.Println(msg) }()
}

// Not a finding: the goroutine is joined before the write.
func joinedBeforeTheWrite() {
	var wg sync.WaitGroup
	count := 1
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(count)
	}()
	wg.Wait()
	count = 2
	fmt.Println(count)
}

// Not a finding: named results are meant to be read by deferred closures.
func namedResult() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	err = fmt.Errorf("boom")
	return err
}

// Not a finding: the only later write is inside the literal itself.
func writtenOnlyInside() {
	total := 0
	defer func() {
		total++
		fmt.Println(total)
	}()
}

// Not a finding: the idiomatic clean-up on error.
func rollbackOnError(db *sql.DB) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
		}
	}()
	_, err = tx.Exec("UPDATE t SET x = 1")
	if err != nil {
		return err
	}
	committed = true
	return tx.Commit()
}

// Not a finding: the closure checks the variable before using it (state, not a snapshot).
func closeWhateverIsOpen(paths []string) {
	var f *os.File
	defer func() {
		if f != nil {
			f.Close()
		}
	}()
	for _, p := range paths {
		f, _ = os.Open(p)
	}
}

// Not a finding: the value is passed as a parameter.
func passedAsParameter() {
	msg := "start"
	defer func(m string) { fmt.Println(m) }(msg)
	msg = "final"
	fmt.Println(msg)
}

// Not a finding: a write in the other branch never follows the statement.
func otherBranch(fast bool) {
	msg := "start"
	if fast {
		defer func() { fmt.Println(msg) }()
	} else {
		msg = "slow"
	}
}

// Not a finding: the error report wants the final offset.
func parseWithOffset(s string) (err error) {
	off := 0
	defer func() {
		if err != nil {
			err = fmt.Errorf("at offset %d: %w", off, err)
		}
	}()
	for off = 0; off < len(s); off++ {
		if s[off] == '!' {
			return fmt.Errorf("bang")
		}
	}
	return nil
}

// Not a finding: declared without a value, so the deferred closure wants the final one.
func undoNesting(depth *int) {
	var n int
	defer func() { *depth -= n }()
	for n = 1; n < 3; n++ {
		*depth++
	}
}

// Not a finding: the goroutine reads under the lock that guards the write.
func guardedByALock() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	stop := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		fmt.Println(stop)
		mu.Unlock()
	}()
	mu.Lock()
	stop = true
	mu.Unlock()
	wg.Wait()
}

// A goroutine started in a loop reads a variable the loop keeps overwriting.
func overwrittenByTheLoop(jobs []string, results chan<- string) {
	var wg sync.WaitGroup
	var current string
	for _, j := range jobs {
		current = j
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- current // want late-binding
		}()
	}
	wg.Wait()
}

// A later write in a nested block still follows the statement.
func writtenInANestedBlock(retry bool) {
	attempts := 1
	done := make(chan bool)
	go func() {
		fmt.Println("attempts:", attempts) // want late-binding
		done <- true
	}()
	if retry {
		attempts++
	}
	<-done
}

// Not a finding: a deferred closure reading the final value of a non-basic variable is taken as intended.
func unknownType() {
	cfg := load()
	defer func() { fmt.Println(cfg) }()
	cfg = load()
	fmt.Println(cfg)
}

func load() any { return nil }

// A plain value overwritten after the defer: reported, with its parameter fix.
func counterAfterTheDefer() {
	n := 0
	defer func() { fmt.Println("processed", n) }() // want late-binding
	n = 10
}

// Not a finding: the deferred call reports a count the loop below keeps.
func reportTheFinalCount(items []int) {
	processed := 0
	defer func() { fmt.Println("processed", processed) }()
	for range items {
		processed++
	}
}

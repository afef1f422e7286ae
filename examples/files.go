package examples

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sync"
)

// CountLines keeps every file open until it returns: the defers in the loop pile up.
func CountLines(paths []string) (int, error) {
	total := 0
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return total, err
		}
		defer f.Close()
		n, err := countLines(f)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

// CountLinesEach closes each file before opening the next: the defer belongs to the literal.
func CountLinesEach(paths []string) (int, error) {
	total := 0
	for _, p := range paths {
		n, err := func() (int, error) {
			f, err := os.Open(p)
			if err != nil {
				return 0, err
			}
			defer f.Close()
			return countLines(f)
		}()
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

// countLines wraps its error in a deferred closure that reads and writes the named result.
func countLines(r io.Reader) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("count lines: %w", err)
		}
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

// WriteAtomic writes through a temporary file, removed on every path that did not rename it.
func WriteAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	renamed := false
	defer func() {
		if !renamed {
			os.Remove(tmp)
		}
	}()
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	renamed = true
	return nil
}

// WithLocks holds every lock until work returns, which is what the defers in the loop are for.
func WithLocks(locks []*sync.Mutex, work func()) {
	for _, mu := range locks {
		mu.Lock()
		defer mu.Unlock()
	}
	work()
}

package main

import (
	"fmt"
	"sort"
	"sync"
)

// The goroutines wait until the loop has finished, so before Go 1.22 they all greet "cy".
func main() {
	names := []string{"ada", "bob", "cy"}
	start := make(chan struct{})
	var mu sync.Mutex
	var wg sync.WaitGroup
	var greeted []string
	for _, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			greeted = append(greeted, name)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Strings(greeted)
	fmt.Println(greeted)
}

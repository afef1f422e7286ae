package main

import (
	"fmt"
	"sync"
)

// 日本語 and 😀 before the hazard: the editors count them in their own units.
func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("😀", name)
		}()
	}
	wg.Wait()
}
